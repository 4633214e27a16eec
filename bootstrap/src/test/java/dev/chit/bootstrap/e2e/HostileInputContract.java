package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.WebhookSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz test: every operation of the served OpenAPI document, called with a body built from
 * its schemas and then spoiled ({@link Mutations}), as the demo manager, an admin, a cook, a guest
 * or no one. Whatever comes in, the server answers below 500, never shows a stack trace, SQL or
 * a class name, and a refused (4xx) request leaves every table with the rows it had.
 *
 * <p>{@code -Dchit.fuzz.cases=20000} (or {@code CHIT_FUZZ_CASES}) runs more cases than the
 * default; {@code -Dchit.fuzz.seed=N} (or {@code CHIT_FUZZ_SEED}) replays a run, since every
 * choice comes from one seeded generator. A failure names its seed and case. Each run on a
 * developer's machine takes a new seed, so the cases explore; CI ({@code CI=true}) takes
 * {@value #CI_SEED}, so whether a change lands does not depend on the draw.
 * {@code -Dchit.fuzz.debug=true} also prints the requests sent as built (not spoiled) that were
 * refused, to see whether the built requests reach past validation.
 */
abstract class HostileInputContract extends SignedInFlow {

    private static final int DEFAULT_CASES = 1500;
    // CI's seed: a landing is decided by the change, not by which cases were drawn.
    private static final long CI_SEED = 20261202L;
    private static final int MAX_FAILURES_SHOWN = 12;
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head");
    /** What no answer may hold: the server's insides. */
    private static final List<String> INSIDES = List.of("Exception", "dev.chit", "java.", "javax.", "io.helidon",
            "org.h2", "org.postgresql", "PSQL", "SQL", "Caused by", "\tat ", "jackson", "Flyway", "NullPointer");
    /**
     * Tables the server's own jobs write on their schedule (delivering webhooks, making scheduled
     * reports), whatever request is in flight; they cannot tell a leak from the job's work.
     */
    private static final Set<String> WRITTEN_BY_JOBS = Set.of("webhook_attempts", "reports", "report_files");

    /** A line of the demo menu that can be ordered: an item with the options its groups require. */
    private final List<JsonNode> menuLines = new ArrayList<>();
    // Webhooks to a closed port here: refused at once, so deliveries fail fast and stay on this machine.
    private static final String HOOK = "http://127.0.0.1:9/chit-hook";
    private static final String COOK_EMAIL = "fuzz-cook@demo.chit.local";

    private final List<String> orders = new ArrayList<>();
    private final List<Map<String, String>> spareSessions = new ArrayList<>();
    private Map<String, String> manager;
    private Map<String, String> admin;
    private Map<String, String> cook;
    private String guestToken;
    private String cookId;
    private String webhookId;

    @Override
    ChitSettings configure(ChitSettings defaults) {
        return new ChitSettings(defaults.host(), defaults.port(), defaults.database(), defaults.demoData(),
                defaults.payment(), defaults.signIn(), defaults.mail(),
                new WebhookSettings(true, defaults.webhooks().deliverEvery()), defaults.live());
    }

    @Test
    void everyOperation_survivesHostileInput_andRefusalsWriteNothing() throws Exception {
        long seed = setting("chit.fuzz.seed", "CHIT_FUZZ_SEED").map(Long::parseLong).orElseGet(
                () -> "true".equals(System.getenv("CI")) ? CI_SEED : System.nanoTime());
        int cases = setting("chit.fuzz.cases", "CHIT_FUZZ_CASES").map(Integer::parseInt).orElse(DEFAULT_CASES);
        System.out.println("fuzz: " + cases + " cases, -Dchit.fuzz.seed=" + seed + " on " + testDatabase());

        JsonNode document = http.get("/openapi", Map.of("Accept", "application/json")).json();
        List<Operation> operations = operations(document);
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(20);
        prepareFixtures();

        Random random = new Random(seed);
        SchemaSamples samples = new SchemaSamples(document, random, bodyHints());
        RawHttp raw = new RawHttp(baseUri());
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> reached = new TreeMap<>();
        try (TableCounts tables = new TableCounts(testDatabase().settings())) {
            for (int n = 0; n < cases && failures.size() < MAX_FAILURES_SHOWN; n++) {
                // Each operation once in order first, so that even a short run reaches them all.
                Operation operation = operations.get(n < operations.size() ? n : random.nextInt(operations.size()));
                FuzzRequest request = build(operation, samples, random);
                // A few go as built, to reach what lies behind a good request (an order to move, a menu to read).
                boolean spoiled = random.nextInt(5) > 0;
                if (spoiled) {
                    Mutations.spoil(request, random);
                }
                Map<String, Long> before = tables.now();
                RawHttp.Answer answer;
                try {
                    answer = raw.send(request.method, request.target(), request.headers, request.bodyBytes());
                } catch (RuntimeException noAnswer) {
                    failures.add(failure(seed, n, request, "no answer: " + noAnswer.getMessage()));
                    continue;
                }
                statuses.merge(answer.status(), 1, Integer::sum);
                if (!spoiled && answer.status() >= 400 && System.getProperty("chit.fuzz.debug") != null) {
                    System.out.println("DEBUG " + answer.status() + " " + request.describe() + "\n  -> " + shortened(answer.text()));
                }
                if (answer.status() < 400) {
                    reached.merge(operation.id(), 1, Integer::sum);
                }
                int at = n;
                check(request, answer, before, tables).ifPresent(wrong -> failures.add(failure(seed, at, request, wrong)));
                learnFrom(operation, answer);
            }
        }
        System.out.println("fuzz: statuses " + statuses + "; operations answered below 400: " + reached);
        assertThat(failures).as("hostile requests that broke a promise (replay with -Dchit.fuzz.seed=%d"
                + " -Dchit.fuzz.cases=%d)", seed, cases).isEmpty();
    }

    private Optional<String> check(FuzzRequest request, RawHttp.Answer answer, Map<String, Long> before,
                                   TableCounts tables) {
        int status = answer.status();
        if (status >= 500) {
            return Optional.of("answered " + status + ": " + shortened(answer.text()));
        }
        boolean operational = !request.pathTemplate.startsWith("/api/");
        if (!(operational && status < 300) && !answer.header("Content-Type").orElse("").contains("pdf")) {
            String text = answer.head() + "\n" + answer.text();
            for (String inside : INSIDES) {
                if (text.contains(inside)) {
                    return Optional.of("the answer shows \"" + inside + "\": " + shortened(text));
                }
            }
        }
        if (status < 400) {
            return Optional.empty();
        }
        if (!request.method.equals("HEAD")) {
            String type = answer.header("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return Optional.of(status + " is not a problem document (" + type + "): " + shortened(answer.text()));
            }
        }
        Map<String, Long> after = tables.now();
        List<String> changed = new ArrayList<>();
        after.forEach((table, rows) -> {
            boolean expected = WRITTEN_BY_JOBS.contains(table)
                    // A refused sign-in is counted, to slow down whoever guesses passwords.
                    || table.equals("login_failures") && request.operation.equals("login")
                    // A declined card was asked first: the journal of calls to the card network keeps
                    // the attempt, as it must to settle and to account for every call.
                    || table.equals("payment_operations") && status == 402;
            if (!expected && !rows.equals(before.get(table))) {
                changed.add(table + " " + before.get(table) + " -> " + rows);
            }
        });
        return changed.isEmpty() ? Optional.empty()
                : Optional.of("refused with " + status + " but changed " + changed + ": " + shortened(answer.text()));
    }

    private static String failure(long seed, int n, FuzzRequest request, String wrong) {
        return "seed " + seed + " case " + n + ": " + wrong + "\n  " + request.describe();
    }

    private static String shortened(String text) {
        return text.length() > 700 ? text.substring(0, 700) + "..." : text;
    }

    // ---- the operations and their requests

    record Operation(String id, String method, String path, JsonNode pathItem, JsonNode operation) {
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(entry -> HTTP_METHODS.contains(entry.getKey()))
                .forEach(entry -> operations.add(new Operation(entry.getValue().path("operationId").asText(),
                        entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), path.getValue(), entry.getValue()))));
        return operations;
    }

    private FuzzRequest build(Operation operation, SchemaSamples samples, Random random) {
        FuzzRequest request = new FuzzRequest(operation.id(), operation.method(), operation.path());
        Map<String, String> caller = callerFor(operation, random);
        caller.forEach(request::header);
        boolean guest = caller.containsKey("X-Order-Token");
        List<JsonNode> parameters = new ArrayList<>();
        operation.pathItem().path("parameters").forEach(p -> parameters.add(samples.resolve(p)));
        operation.operation().path("parameters").forEach(p -> parameters.add(samples.resolve(p)));
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> request.pathValues.put(name, guest && name.equals("orderId")
                        ? orders.getFirst() : pathValue(name, random));
                case "query" -> {
                    if (parameter.path("required").asBoolean(false) || random.nextBoolean()) {
                        request.queryParameter(name, queryValue(name, parameter.path("schema"), samples, random));
                    }
                }
                case "header" -> {
                    if (name.equals("Idempotency-Key")) {
                        request.header(name, UUID.randomUUID().toString());
                    } else if (name.equals("If-Match") && random.nextBoolean()) {
                        request.header(name, "\"" + (1 + random.nextInt(3)) + "\"");
                    }
                }
                default -> {
                }
            }
        }
        JsonNode content = operation.operation().path("requestBody").path("content");
        if (!content.isMissingNode()) {
            String type = content.has("application/json") ? "application/json" : content.fieldNames().next();
            request.body = samples.sample(content.get(type).path("schema"), "");
            request.header("Content-Type", type);
        }
        return request;
    }

    private String pathValue(String name, Random random) {
        return switch (name) {
            case "restaurantId" -> RESTAURANT;
            case "orderId" -> orders.get(random.nextInt(orders.size()));
            case "userId" -> cookId;
            case "webhookId" -> webhookId;
            default -> UUID.randomUUID().toString();
        };
    }

    private static String queryValue(String name, JsonNode schema, SchemaSamples samples, Random random) {
        return switch (name) {
            case "status" -> random.nextBoolean() ? "PLACED,ACCEPTED" : "READY";
            case "fulfillment" -> "PICKUP,DELIVERY";
            case "from" -> schema.path("format").asText().equals("date")
                    ? java.time.LocalDate.now().minusDays(7).toString() : Instant.now().minus(Duration.ofDays(1)).toString();
            default -> {
                JsonNode value = samples.sample(schema, "");
                yield value.isTextual() ? value.asText() : value.toString();
            }
        };
    }

    private Map<String, String> callerFor(Operation operation, Random random) {
        if (operation.id().equals("logout")) {
            return spareSessions.isEmpty() ? Map.of() : spareSessions.removeLast();
        }
        JsonNode security = operation.operation().path("security");
        String schemes = security.toString();
        int roll = random.nextInt(100);
        if (security.isArray() && security.isEmpty()) {
            return roll < 85 ? Map.of() : manager;
        }
        if (schemes.contains("orderToken") && (roll < 40 || !schemes.contains("bearer"))) {
            return roll < 90 ? Map.of("X-Order-Token", guestToken) : Map.of();
        }
        if (roll < 50) {
            return manager;
        }
        if (roll < 80) {
            return admin;
        }
        return roll < 95 ? cook : Map.of();
    }

    private Map<String, SchemaSamples.Hint> bodyHints() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Map<String, SchemaSamples.Hint> hints = new HashMap<>();
        SchemaSamples.Hint omitted = random -> Optional.empty();
        // Settings whose effect runs in the background (rejecting unaccepted orders, closing the
        // shop) would write rows while a refused request is being counted, or stop every checkout.
        for (String name : List.of("scheduledFor", "acceptTimeoutMinutes", "autoPauseAfterMissed", "openingHours",
                "pausedUntil", "busyUntil", "capacityPerSlot")) {
            hints.put(name, omitted);
        }
        hints.put("lines", random -> {
            var lines = nodes.arrayNode();
            for (int i = 0, count = 2 + random.nextInt(2); i < count; i++) {
                lines.add(menuLines.get(random.nextInt(menuLines.size())).deepCopy());
            }
            return Optional.of(lines);
        });
        hints.put("fulfillment", random -> Optional.of(switch (random.nextInt(3)) {
            case 0 -> nodes.objectNode().put("type", "PICKUP");
            case 1 -> nodes.objectNode().put("type", "DINE_IN").put("table", "7");
            default -> {
                var delivery = nodes.objectNode().put("type", "DELIVERY");
                delivery.putObject("address").put("line1", "1 Water St").put("city", "Brooklyn")
                        .put("postalCode", "11201").put("instructions", "ring twice");
                yield delivery;
            }
        }));
        hints.put("payment", random -> Optional.of(random.nextInt(5) == 0
                ? nodes.objectNode().put("method", "in_person")
                : nodes.objectNode().put("method", "card").put("token", random.nextInt(10) == 0 ? "tok_declined" : "tok_visa")));
        hints.put("restaurantId", random -> Optional.of(nodes.textNode(RESTAURANT)));
        hints.put("orderIds", random -> Optional.of(nodes.arrayNode().add(orders.get(random.nextInt(orders.size())))));
        // Now and then someone who exists: the cook signs in with PASSWORD, the manager's email is taken.
        hints.put("email", random -> Optional.of(nodes.textNode(random.nextInt(5) == 0
                ? (random.nextBoolean() ? COOK_EMAIL : MANAGER_EMAIL)
                : "fuzz-" + Integer.toHexString(random.nextInt()) + "@example.com")));
        hints.put("password", random -> Optional.of(nodes.textNode(PASSWORD)));
        hints.put("currency", random -> Optional.of(nodes.textNode("USD")));
        hints.put("timezone", random -> Optional.of(nodes.textNode("America/New_York")));
        hints.put("postalCode", random -> Optional.of(nodes.textNode("11201")));
        hints.put("country", random -> Optional.of(nodes.textNode("US")));
        hints.put("prepMinutes", random -> Optional.of(nodes.numberNode(10)));
        hints.put("minutes", random -> Optional.of(nodes.numberNode(10)));
        hints.put("quantity", random -> Optional.of(nodes.numberNode(1 + random.nextInt(3))));
        hints.put("amount", random -> Optional.of(nodes.numberNode(100)));
        hints.put("secret", random -> Optional.of(nodes.textNode("a fuzzing secret")));
        hints.put("phone", random -> Optional.of(nodes.textNode("+1 555 0100")));
        hints.put("acceptingOrders", random -> Optional.of(nodes.booleanNode(true)));
        hints.put("url", random -> Optional.of(nodes.textNode(HOOK)));
        return hints;
    }

    // ---- what the cases work on

    private void prepareFixtures() {
        manager = manager();
        admin = admin();
        JsonNode hired = hire(manager, RESTAURANT, COOK_EMAIL, "STAFF");
        cookId = hired.get("id").asText();
        cook = signIn(COOK_EMAIL, PASSWORD);
        for (int i = 0; i < 4; i++) {
            spareSessions.add(manager());
        }
        var settings = http.patch("/api/v1/restaurants/" + RESTAURANT + "/settings",
                HttpJson.json(Map.of("acceptTimeoutMinutes", 24 * 60)), manager);
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        JsonNode placed = placeOrder();
        orders.add(placed.get("id").asText());
        guestToken = placed.get("accessToken").asText();
        orders.add(placeOrder().get("id").asText());
        var hook = http.post("/api/v1/restaurants/" + RESTAURANT + "/webhooks",
                HttpJson.json(Map.of("url", HOOK, "events", List.of("order.created"))), manager);
        webhookId = hook.status() == 201 ? hook.json().get("id").asText() : UUID.randomUUID().toString();
        readMenu();
    }

    private void readMenu() {
        menuLines.clear();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        http.get("/api/v1/restaurants/" + RESTAURANT + "/menu").json().get("categories").forEach(category ->
                category.get("items").forEach(item -> {
                    var line = nodes.objectNode().put("menuItemId", item.get("id").asText()).put("quantity", 1);
                    var options = line.putArray("optionIds");
                    item.path("modifierGroups").forEach(group -> {
                        for (int i = 0; i < group.get("minSelect").asInt() && i < group.get("options").size(); i++) {
                            options.add(group.get("options").get(i).get("id").asText());
                        }
                    });
                    menuLines.add(line);
                }));
        assertThat(menuLines).as("the demo menu's items").isNotEmpty();
    }

    // A good answer can change what later cases should send: a new menu, another order.
    private void learnFrom(Operation operation, RawHttp.Answer answer) {
        if (answer.status() >= 300) {
            return;
        }
        if (operation.id().equals("replaceMenu")) {
            readMenu();
        }
        if (operation.id().equals("placeOrder") && answer.status() == 201 && orders.size() < 20) {
            HttpJson.Response placed = new HttpJson.Response(answer.status(), null, answer.body());
            orders.add(placed.json().get("id").asText());
        }
    }

    private static Optional<String> setting(String property, String variable) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(variable)))
                .map(String::strip).filter(value -> !value.isEmpty());
    }
}
