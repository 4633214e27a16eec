package dev.chit.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.fixtures.TestApi;
import dev.chit.application.access.Caller;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static dev.chit.adapters.web.fixtures.TestApi.CALLER_HEADER;
import static dev.chit.adapters.web.fixtures.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff routes over HTTP: hiring, listing, dismissing, and the last manager. */
class StaffApiTest {

    private static final String STAFF = "/api/v1/restaurants/" + DINER + "/staff";

    private final TestApi api = TestApi.start();

    StaffApiTest() {
        api.callers.put("admin", new Caller(new UserId(UUID.randomUUID()), "admin@example.org",
                "Admin", true, List.of()));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> hire(String who, String email, String role) {
        return api.postJson(STAFF, "{\"email\":\"%s\",\"name\":\"Gio\",\"password\":\"correct horse battery\",\"role\":\"%s\"}"
                .formatted(email, role), CALLER_HEADER, who);
    }

    /** Lets the hired person call the API as themselves. */
    private String as(JsonNode member) {
        String key = member.get("email").asText();
        api.callers.put(key, new Caller(new UserId(UUID.fromString(member.get("id").asText())),
                key, member.get("name").asText(), false,
                List.of(new Membership(DINER, Role.valueOf(member.get("role").asText())))));
        return key;
    }

    private HttpResponse<String> dismiss(String who, String userId) {
        return api.send(api.request(STAFF + "/" + userId, CALLER_HEADER, who).DELETE());
    }

    @Test
    void aManagerHiresListsAndDismisses_butNotTheLastManager() {
        var hiredBoss = hire("admin", "boss@example.org", "MANAGER");
        assertThat(hiredBoss.statusCode()).as(hiredBoss.body()).isEqualTo(201);
        JsonNode boss = json(hiredBoss);
        assertThat(boss.has("password")).isFalse();
        String bossKey = as(boss);

        JsonNode cook = json(hire(bossKey, "cook@example.org", "STAFF"));
        JsonNode list = json(api.get(STAFF, CALLER_HEADER, bossKey));
        assertThat(list.get("items")).extracting(m -> m.get("email").asText())
                .containsExactlyInAnyOrder("boss@example.org", "cook@example.org");

        String cookKey = as(cook);
        assertThat(api.get(STAFF, CALLER_HEADER, cookKey).statusCode()).isEqualTo(403);
        assertThat(dismiss(cookKey, boss.get("id").asText()).statusCode()).isEqualTo(403);

        var lastManager = dismiss(bossKey, boss.get("id").asText());
        assertThat(lastManager.statusCode()).isEqualTo(409);
        assertThat(json(lastManager).get("type").asText()).isEqualTo("/problems/conflict");

        assertThat(dismiss(bossKey, cook.get("id").asText()).statusCode()).isEqualTo(204);
        assertThat(dismiss(bossKey, cook.get("id").asText()).statusCode()).isEqualTo(404);
        assertThat(dismiss("admin", boss.get("id").asText()).statusCode()).isEqualTo(204);
    }

    @Test
    void aShortPassword_orAnUnknownRole_isRefused() {
        var shortPassword = api.postJson(STAFF, "{\"email\":\"x@example.org\",\"name\":\"X\",\"password\":\"short\","
                + "\"role\":\"STAFF\"}", CALLER_HEADER, "admin");
        var unknownRole = hire("admin", "y@example.org", "OWNER");

        assertThat(shortPassword.statusCode()).isEqualTo(422);
        assertThat(json(shortPassword).at("/errors/0/field").asText()).isEqualTo("password");
        assertThat(unknownRole.statusCode()).isEqualTo(400);
        assertThat(json(unknownRole).at("/errors/0/field").asText()).isEqualTo("role");
        assertThat(api.get(STAFF).statusCode()).isEqualTo(401);
    }
}
