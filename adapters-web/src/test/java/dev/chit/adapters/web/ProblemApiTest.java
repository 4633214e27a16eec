package dev.chit.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.fixtures.TestApi;
import dev.chit.adapters.web.problem.ProblemMapping;
import dev.chit.adapters.web.problem.ProblemType;
import dev.chit.adapters.web.support.AccessLog;
import dev.chit.domain.error.Conflict;
import dev.chit.domain.error.DomainException;
import dev.chit.domain.order.InvalidTransition;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.RefundNotAllowed;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.order.TransitionNotPermitted;
import dev.chit.domain.port.DatabaseUnavailable;
import io.helidon.http.BadRequestException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static dev.chit.adapters.web.fixtures.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How each kind of failure reaches the client. The domain's rejections that no guest route can
 * provoke yet (transitions arrive with the staff routes) are thrown from a route of this test.
 */
class ProblemApiTest {

    static final class LateDelivery extends Conflict {
        LateDelivery() {
            super("the courier left already");
        }
    }

    static final class Unusual extends DomainException {
        Unusual() {
            super("the kitchen refuses this for a reason without a type");
        }
    }

    private static final Map<String, Supplier<RuntimeException>> FAILURES = Map.of(
            "invalid-transition", () -> new InvalidTransition(OrderStatus.COMPLETED, OrderStatus.ACCEPTED, "it is final"),
            "stale", () -> new StaleOrder(new OrderId(UUID.randomUUID()), 3),
            "not-permitted", () -> new TransitionNotPermitted(OrderStatus.PREPARING, OrderStatus.CANCELLED, "a manager"),
            "refund", () -> new RefundNotAllowed("at most 100 minor units can still be refunded"),
            "conflict", LateDelivery::new,
            "domain", Unusual::new,
            "helidon-bad-request", () -> new BadRequestException("bad"),
            "database-away", () -> new DatabaseUnavailable("the database cannot be reached: Connection to"
                    + " 127.0.0.1:5432 refused", new java.sql.SQLException("Connection refused", "08001")),
            "fault", () -> new IllegalStateException("SELECT secret FROM orders failed in dev.chit.Something"));

    private static TestApi api;
    private static final Logger ACCESS = Logger.getLogger(AccessLog.LOGGER_NAME);
    private static final Logger FAULTS = Logger.getLogger(ProblemMapping.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void start() {
        api = TestApi.start(routing -> routing.get("/api/v1/test-failures/{kind}", (req, res) -> {
            throw FAILURES.get(req.path().pathParameters().get("kind")).get();
        }));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void listen() {
        ACCESS.addHandler(capture);
        FAULTS.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        ACCESS.removeHandler(capture);
        FAULTS.removeHandler(capture);
    }

    private static HttpResponse<String> provoke(String kind) {
        return api.get("/api/v1/test-failures/" + kind);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json; charset=utf-8");
        assertThat(json(response).get("type").asText()).isEqualTo(type);
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
    }

    @Test
    void eachRejectionOfTheDomain_hasItsStatusAndType() {
        assertProblem(provoke("invalid-transition"), 409, "/problems/invalid-transition");
        assertProblem(provoke("stale"), 409, "/problems/stale-version");
        assertProblem(provoke("not-permitted"), 403, "/problems/forbidden-transition");
        assertProblem(provoke("refund"), 422, "/problems/validation");
        assertProblem(provoke("conflict"), 409, "/problems/conflict");
        assertProblem(provoke("domain"), 422, "/problems/unprocessable");
        assertProblem(provoke("helidon-bad-request"), 400, "/problems/malformed-request");
    }

    @Test
    void theDomainsWords_becomeTheDetail() {
        JsonNode problem = json(provoke("invalid-transition"));

        assertThat(problem.get("title").asText()).isEqualTo("Invalid transition");
        assertThat(problem.get("detail").asText()).isEqualTo("cannot move an order from COMPLETED to ACCEPTED: it is final");
        assertThat(json(provoke("refund")).get("errors").get(0).get("field").asText()).isEqualTo("amount");
    }

    @Test
    void aFault_isAGeneric500_andItsDetailsGoOnlyToTheLog_underTheRequestId() {
        HttpResponse<String> response = api.get("/api/v1/test-failures/fault", "X-Request-Id", "fault-trace-1");

        assertProblem(response, 500, "/problems/internal");
        assertThat(response.body()).doesNotContain("SELECT", "IllegalState", "dev.chit", "Exception", "\tat ");
        assertThat(json(response).get("requestId").asText()).isEqualTo("fault-trace-1");
        assertThat(logged).anySatisfy(record -> {
            assertThat(record.getLoggerName()).isEqualTo(ProblemMapping.class.getName());
            assertThat(record.getMessage()).contains("requestId=fault-trace-1");
            assertThat(record.getThrown()).hasMessageContaining("SELECT secret");
        });
    }

    @Test
    void aDatabaseThatIsAway_isA503WithRetryAfter_notAFault_andSaysNothingOfTheDatabasesAddress() {
        HttpResponse<String> response = provoke("database-away");

        assertProblem(response, 503, "/problems/temporarily-unavailable");
        assertThat(response.headers().firstValue("Retry-After")).contains(
                Integer.toString(ProblemMapping.DATABASE_RETRY_AFTER_SECONDS));
        assertThat(response.body()).doesNotContain("127.0.0.1", "5432", "SQL", "Exception", "refused");
        assertThat(logged).filteredOn(record -> record.getLoggerName().equals(ProblemMapping.class.getName()))
                .allSatisfy(record -> assertThat(record.getThrown()).isNull())
                .anySatisfy(record -> assertThat(record.getMessage()).contains("event=database-unavailable"));
    }

    @Test
    void everyRequest_leavesOneAccessLine_withTheSameRequestIdAsTheResponse() {
        HttpResponse<String> response = api.get("/api/v1/restaurants/" + DINER + "/menu?secret=token-123");

        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        List<String> lines = accessLinesOf(requestId);
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).matches("method=GET path=/api/v1/restaurants/" + DINER
                + "/menu status=200 durationMs=\\d+ requestId=" + requestId);
    }

    @Test
    void theAccessLine_carriesTheStatusOfAProblem() {
        HttpResponse<String> response = provoke("stale");

        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(accessLinesOf(requestId)).singleElement().asString().contains("status=409");
    }

    @Test
    void aBodyOverTheServersLimit_isRefusedBeforeRouting_stillAsAProblem() throws IOException {
        String response = raw("POST /api/v1/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (ChitApi.MAX_PAYLOAD_BYTES + 1) + "\r\nX-Request-Id: raw-413\r\n\r\n{");

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response).containsIgnoringCase("content-type: application/problem+json; charset=utf-8");
        assertThat(response).containsIgnoringCase("x-request-id: raw-413");
        assertThat(response).containsIgnoringCase("cache-control: no-store");
        assertThat(response).contains("\"type\":\"/problems/payload-too-large\"", "\"requestId\":\"raw-413\"");
        assertThat(accessLinesOf("raw-413")).singleElement().asString().contains("status=413 ");
    }

    @Test
    void aRequestHelidonCannotParse_isAMalformedRequestProblem() throws IOException {
        String response = raw("GET /api/v1/orders HTTP/1.1\r\nHost: localhost\r\nNot a header\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("x-request-id: ");
        assertThat(response).contains("\"type\":\"/problems/malformed-request\"");
    }

    @Test
    void theListOfProblemTypes_isStableAndComplete() {
        assertThat(ChitApi.problemTypes()).extracting(ProblemType::uri).doesNotHaveDuplicates()
                .allMatch(uri -> uri.matches("/problems/[a-z-]+"))
                .contains("/problems/malformed-request", "/problems/validation", "/problems/restaurant-closed",
                        "/problems/not-found", "/problems/invalid-transition", "/problems/stale-version",
                        "/problems/idempotency-key-reused", "/problems/request-in-progress",
                        "/problems/forbidden-transition", "/problems/payload-too-large",
                        "/problems/unsupported-media-type", "/problems/method-not-allowed", "/problems/internal",
                        "/problems/idempotency-key-required");
    }

    // The line is written once the response is out, so the client may see the response first.
    private List<String> accessLinesOf(String requestId) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        List<String> lines;
        do {
            lines = logged.stream()
                    .filter(record -> record.getLoggerName().equals(AccessLog.LOGGER_NAME))
                    .map(LogRecord::getMessage)
                    .filter(message -> message.endsWith("requestId=" + requestId))
                    .toList();
            if (lines.isEmpty()) {
                pause();
            }
        } while (lines.isEmpty() && System.nanoTime() < deadline);
        return lines;
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", api.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            int total = 0;
            for (int read; total < buffer.length && (read = in.read(buffer, total, buffer.length - total)) > 0; ) {
                total += read;
                String sofar = new String(buffer, 0, total, StandardCharsets.UTF_8);
                if (sofar.contains("\r\n\r\n") && sofar.endsWith("}")) {
                    break;
                }
            }
            return new String(Arrays.copyOf(buffer, total), StandardCharsets.UTF_8);
        }
    }
}
