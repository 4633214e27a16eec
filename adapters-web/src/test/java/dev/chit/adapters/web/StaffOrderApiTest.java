package dev.chit.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.fixtures.Carts;
import dev.chit.adapters.web.fixtures.TestApi;
import dev.chit.application.auth.SignInCommand;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static dev.chit.adapters.web.fixtures.Kitchen.CLOSED_DINER;
import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static dev.chit.adapters.web.fixtures.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /orders/{orderId}} for the signed-in: the restaurant's staff and admins, nobody else. */
class StaffOrderApiTest {

    private static TestApi api;
    private static String path;

    @BeforeAll
    static void start() {
        api = TestApi.start();
        JsonNode placed = json(api.postJson("/api/v1/orders", Carts.CHECKOUT, "Idempotency-Key", "staff-view-1"));
        path = "/api/v1/orders/" + placed.get("id").asText();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void staffOfTheRestaurant_seeTheOrder_withoutItsToken() {
        String staff = api.bearerFor("cook@example.com", new Membership(DINER, Role.STAFF));

        var response = api.get(path, "Authorization", "Bearer " + staff);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("restaurantId").asText()).isEqualTo(DINER.toString());
    }

    @Test
    void staffOfAnotherRestaurant_getA404() {
        String elsewhere = api.bearerFor("other@example.com", new Membership(CLOSED_DINER, Role.MANAGER),
                new Membership(new RestaurantId(UUID.randomUUID()), Role.STAFF));

        var response = api.get(path, "Authorization", "Bearer " + elsewhere);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("type").asText()).isEqualTo("/problems/not-found");
    }

    @Test
    void anAdmin_seesEveryOrder() {
        api.accounts.givenAdmin("root@example.com", "root password here");
        String admin = api.accounts.signIn.signIn(new SignInCommand("root@example.com",
                "root password here", "192.0.2.1")).token();

        assertThat(api.get(path, "Authorization", "Bearer " + admin).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutCredentials_theOrderIsNotFound_withAStaleTokenItIs401() {
        String staff = api.bearerFor("late@example.com", new Membership(DINER, Role.STAFF));
        api.accounts.clock.advance(Duration.ofHours(13));
        try {
            assertThat(api.get(path).statusCode()).isEqualTo(404);
            assertThat(api.get(path, "Authorization", "Bearer " + staff).statusCode()).isEqualTo(401);
        } finally {
            api.accounts.clock.advance(Duration.ofHours(-13));
        }
    }
}
