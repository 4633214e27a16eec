package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people changing the same thing at the same moment, through the whole server: managers
 * changing settings, two restaurants hiring the same new person. Each is tried several rounds,
 * both requests let go at once; neither may be lost or answered with a 500.
 */
abstract class ConcurrentBackOfficeContract extends SignedInFlow {

    private static final int ROUNDS = 8;
    private static final String SETTINGS = "/api/v1/restaurants/" + RESTAURANT + "/settings";

    @Test
    void twoManagersChangingSettingsIfAtTheVersionTheySaw_oneChanges_theOtherGets412() throws Exception {
        Map<String, String> first = manager();
        Map<String, String> second = manager();
        for (int round = 0; round < ROUNDS; round++) {
            var seen = http.get("/api/v1/restaurants/" + RESTAURANT, first);
            String tag = seen.header("ETag");
            assertThat(tag).as("the restaurant's ETag").matches("\"\\d+\"");
            int prep = 20 + round;
            int fee = 100 + round;

            List<HttpJson.Response> answers = atOnce(
                    () -> http.patch(SETTINGS, "{\"defaultPrepMinutes\":" + prep + "}", with(first, "If-Match", tag)),
                    () -> http.patch(SETTINGS, "{\"deliveryFee\":" + fee + "}", with(second, "If-Match", tag)));

            List<Integer> statuses = answers.stream().map(HttpJson.Response::status).sorted().toList();
            assertThat(statuses).as("round %d: %s", round, answers.stream().map(HttpJson.Response::body).toList())
                    .containsExactly(200, 412);
            HttpJson.Response refused = answers.stream().filter(answer -> answer.status() == 412).findFirst().orElseThrow();
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asText()).isEqualTo("/problems/precondition-failed");
            HttpJson.Response changed = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
            assertThat(changed.header("ETag")).isNotEqualTo(tag);
            assertThat(http.get("/api/v1/restaurants/" + RESTAURANT, first).header("ETag"))
                    .as("what is stored is what the winner was told").isEqualTo(changed.header("ETag"));
        }
    }

    @Test
    void twoManagersChangingDifferentSettingsAtOnce_withoutIfMatch_bothKeepTheirChange() throws Exception {
        Map<String, String> first = manager();
        Map<String, String> second = manager();
        for (int round = 0; round < ROUNDS; round++) {
            int prep = 20 + round;
            int fee = 100 + round;

            List<HttpJson.Response> answers = atOnce(
                    () -> http.patch(SETTINGS, "{\"defaultPrepMinutes\":" + prep + "}", first),
                    () -> http.patch(SETTINGS, "{\"deliveryFee\":" + fee + "}", second));

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
            JsonNode stored = http.get("/api/v1/restaurants/" + RESTAURANT, first).json();
            assertThat(stored.get("defaultPrepMinutes").asInt()).as("round %d", round).isEqualTo(prep);
            assertThat(stored.get("deliveryFee").asLong()).as("round %d", round).isEqualTo(fee);
        }
    }

    @Test
    void twoRestaurantsHiringTheSameNewEmailAtOnce_bothHire_oneAccountWithBothMemberships() throws Exception {
        Map<String, String> admin = admin();
        Map<String, String> boss = manager();
        var opened = http.post("/api/v1/restaurants", HttpJson.json(Map.of("name", "Across the Road",
                "currency", "USD", "timezone", "America/New_York")), admin);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String other = opened.json().get("id").asText();
        for (int round = 0; round < ROUNDS; round++) {
            String email = "both-" + UUID.randomUUID() + "@chit.test";
            String body = HttpJson.json(Map.of("email", email, "name", "Bo Both", "password", PASSWORD,
                    "role", "STAFF"));

            List<HttpJson.Response> answers = atOnce(
                    () -> http.post("/api/v1/restaurants/" + RESTAURANT + "/staff", body, boss),
                    () -> http.post("/api/v1/restaurants/" + other + "/staff", body, admin));

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
            assertThat(answers.get(0).json().get("id")).as("one account").isEqualTo(answers.get(1).json().get("id"));
            JsonNode me = http.get("/api/v1/auth/me", signIn(email, PASSWORD)).json();
            List<String> restaurants = new ArrayList<>();
            me.get("memberships").forEach(membership -> restaurants.add(membership.get("restaurantId").asText()));
            assertThat(restaurants).as("round %d", round).containsExactlyInAnyOrder(RESTAURANT, other);
        }
    }

    /** Runs both requests, let go at the same moment, and answers their responses in order. */
    @SafeVarargs
    private static List<HttpJson.Response> atOnce(Callable<HttpJson.Response>... requests) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(requests.length);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpJson.Response>> running = new ArrayList<>();
            for (Callable<HttpJson.Response> request : requests) {
                running.add(threads.submit(() -> {
                    go.await();
                    return request.call();
                }));
            }
            go.countDown();
            List<HttpJson.Response> answers = new ArrayList<>();
            for (Future<HttpJson.Response> answer : running) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
