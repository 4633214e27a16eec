package dev.chit.adapters.payment.stripe;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.stripe.net.Webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.security.GeneralSecurityException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stripe's REST API as far as Chit uses it, on loopback, with state: PaymentIntents (manual
 * capture, confirmed at creation, 3-D Secure for {@code pm_card_authenticationRequired}),
 * captures, cancels, refunds, retrieval and search by metadata, each on the account named by
 * {@code Stripe-Account}. Requests are form-encoded as Stripe's; answers and errors have the
 * shapes of Stripe's API reference. Idempotency as Stripe keeps it: the same
 * {@code Idempotency-Key} with the same parameters replays the first answer
 * ({@code Idempotent-Replayed: true}), with other parameters it is a 400 {@code idempotency_error}.
 *
 * <p>Faults can be lined up for the next requests: {@link Fault#DROP_ANSWER} carries the call out
 * and breaks the connection in the middle of the answer, {@link Fault#SERVER_ERROR} answers 500,
 * {@link Fault#NOT_JSON} answers a proxy's HTML page, {@link Fault#SLOW} carries it out and
 * answers after {@link #slowFor}.
 */
public final class StripeStandIn implements AutoCloseable {

    public enum Fault {
        DROP_ANSWER, SERVER_ERROR, NOT_JSON, SLOW
    }

    /** One request as received, for tests to look at. */
    public record Received(String method, String path, Map<String, String> form, Optional<String> idempotencyKey,
                           Optional<String> stripeAccount, String authorization) {
    }

    private record Answer(int status, String body) {
    }

    private record Remembered(String fingerprint, Answer answer) {
    }

    private static final Pattern INTENT = Pattern.compile("/v1/payment_intents/(pi_[A-Za-z0-9]+)(/capture|/cancel)?");
    private static final String PLATFORM = "platform";
    private static final Gson JSON = new GsonBuilder().serializeNulls().create();

    private final HttpServer server;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, Map<String, Object>> intents = new LinkedHashMap<>();
    private final Map<String, String> accountOfIntent = new HashMap<>();
    private final Map<String, Long> refundedOfIntent = new HashMap<>();
    private final Map<String, Remembered> keys = new HashMap<>();
    private final List<Received> received = new ArrayList<>();
    private final Map<String, AtomicInteger> applied = new HashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private volatile Duration slowFor = Duration.ofSeconds(3);

    public StripeStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
    }

    public URI apiBase() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public synchronized void failNext(Fault fault, int requests) {
        for (int i = 0; i < requests; i++) {
            faults.add(fault);
        }
    }

    public void slowFor(Duration duration) {
        slowFor = duration;
    }

    /** How many times an operation ({@code create}, {@code capture}, {@code cancel}, {@code refund}) was carried out. */
    public synchronized int applied(String operation) {
        return applied.getOrDefault(operation, new AtomicInteger()).get();
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized Optional<Map<String, Object>> intent(String id) {
        // Stripe's objects hold nulls (next_action, ...), which Map.copyOf refuses.
        return Optional.ofNullable(intents.get(id)).map(intent -> Collections.unmodifiableMap(new LinkedHashMap<>(intent)));
    }

    /** The intent Chit made for an order, by the order id in its metadata. */
    public synchronized Optional<String> intentOfOrder(String orderId) {
        return intents.entrySet().stream()
                .filter(intent -> orderId.equals(((Map<?, ?>) intent.getValue().get("metadata")).get("chit_order_id")))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The guest passes or fails the bank's challenge of an intent that {@code requires_action}. */
    public synchronized void authenticate(String intentId, boolean passed) {
        Map<String, Object> intent = intents.get(intentId);
        if (intent == null || !"requires_action".equals(intent.get("status"))) {
            throw new IllegalStateException("no intent awaits authentication: " + intentId);
        }
        intent.put("next_action", null);
        if (passed) {
            intent.put("status", "requires_capture");
            intent.put("amount_capturable", intent.get("amount"));
        } else {
            intent.put("status", "requires_payment_method");
            intent.put("last_payment_error", Map.of("type", "card_error", "code", "payment_intent_authentication_failure",
                    "message", "The provided PaymentMethod has failed authentication."));
        }
    }

    /**
     * Stripe's webhook event of {@code type} about the intent as it stands now
     * ({@code payment_intent.amount_capturable_updated}, {@code .payment_failed}, {@code .canceled}),
     * as Stripe sends it to an endpoint: sign it with {@link #signature}.
     */
    public synchronized String intentEvent(String type, String intentId) {
        return event(type, intentOrFail(intentId));
    }

    /** Someone refunds {@code amount} of the intent's charge in Stripe's dashboard, not through Chit. */
    public synchronized void refundInDashboard(String intentId, long amount) {
        Map<String, Object> intent = intentOrFail(intentId);
        long already = refundedOfIntent.getOrDefault(intentId, 0L);
        if (!"succeeded".equals(intent.get("status")) || already + amount > (Long) intent.get("amount_received")) {
            throw new IllegalStateException("the charge of " + intentId + " cannot be refunded by " + amount);
        }
        refundedOfIntent.put(intentId, already + amount);
        count("dashboard-refund");
    }

    /** {@code charge.refunded} for the intent's charge, with what was refunded of it in all (by Chit and in the dashboard). */
    public synchronized String chargeRefunded(String intentId) {
        Map<String, Object> charge = charge(intentOrFail(intentId));
        charge.put("refunded", charge.get("amount_refunded").equals(charge.get("amount_captured")));
        return event("charge.refunded", charge);
    }

    /** {@code charge.dispute.created}: the guest disputes the intent's charge with their bank. */
    public synchronized String disputeCreated(String intentId) {
        Map<String, Object> intent = intentOrFail(intentId);
        Map<String, Object> dispute = new LinkedHashMap<>();
        dispute.put("id", "dp_" + String.format("%024d", ids.incrementAndGet()));
        dispute.put("object", "dispute");
        dispute.put("amount", intent.get("amount_received"));
        dispute.put("charge", "ch_" + intentId.substring("pi_".length()));
        dispute.put("currency", intent.get("currency"));
        dispute.put("created", System.currentTimeMillis() / 1000);
        dispute.put("livemode", false);
        // A dispute's metadata is its own: Stripe does not copy the intent's.
        dispute.put("metadata", Map.of());
        dispute.put("payment_intent", intentId);
        dispute.put("reason", "fraudulent");
        dispute.put("status", "needs_response");
        return event("charge.dispute.created", dispute);
    }

    /** An event about an object Chit never made (another system's intent on the same account). */
    public synchronized String foreignIntentEvent(String type) {
        Map<String, Object> intent = new LinkedHashMap<>();
        intent.put("id", "pi_" + String.format("%024d", ids.incrementAndGet()) + "foreign");
        intent.put("object", "payment_intent");
        intent.put("amount", 1000L);
        intent.put("currency", "usd");
        intent.put("metadata", Map.of("shop_order", "A-17"));
        intent.put("status", "requires_capture");
        return event(type, intent);
    }

    /**
     * The {@code Stripe-Signature} header Stripe sends with {@code payload}: {@code t=<unix seconds>,v1=<hex
     * HMAC-SHA256 of "<t>.<payload>" with the endpoint's signing secret>}.
     */
    public static String signature(String payload, String signingSecret, long unixSeconds) {
        try {
            return "t=" + unixSeconds + ",v1=" + Webhook.Util.computeHmacSha256(signingSecret,
                    unixSeconds + "." + payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> intentOrFail(String intentId) {
        Map<String, Object> intent = intents.get(intentId);
        if (intent == null) {
            throw new IllegalStateException("no such intent: " + intentId);
        }
        return intent;
    }

    private Map<String, Object> charge(Map<String, Object> intent) {
        String intentId = (String) intent.get("id");
        Map<String, Object> charge = new LinkedHashMap<>();
        charge.put("id", "ch_" + intentId.substring("pi_".length()));
        charge.put("object", "charge");
        charge.put("amount", intent.get("amount"));
        charge.put("amount_captured", intent.get("amount_received"));
        charge.put("amount_refunded", refundedOfIntent.getOrDefault(intentId, 0L));
        charge.put("captured", "succeeded".equals(intent.get("status")));
        charge.put("currency", intent.get("currency"));
        charge.put("livemode", false);
        // A charge made by a PaymentIntent carries no metadata of the intent's.
        charge.put("metadata", Map.of());
        charge.put("payment_intent", intentId);
        charge.put("status", "succeeded");
        return charge;
    }

    private String event(String type, Map<String, Object> object) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", "evt_" + String.format("%024d", ids.incrementAndGet()));
        event.put("object", "event");
        event.put("api_version", "2025-09-30.clover");
        event.put("created", System.currentTimeMillis() / 1000);
        event.put("data", Map.of("object", object));
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        event.put("request", Map.of());
        event.put("type", type);
        return JSON.toJson(event);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Map<String, String> form = parse(method.equals("GET") ? exchange.getRequestURI().getRawQuery()
                    : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Optional<String> key = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            Optional<String> account = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Stripe-Account"));
            String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            Fault fault;
            synchronized (this) {
                received.add(new Received(method, path, form, key, account, authorization));
                fault = faults.poll();
            }
            if (fault == Fault.SERVER_ERROR) {
                send(exchange, new Answer(500, error("api_error", null, "An unknown error occurred", Map.of())), false);
                return;
            }
            if (fault == Fault.NOT_JSON) {
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                byte[] page = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                return;
            }
            if (!authorization.startsWith("Bearer sk_")) {
                send(exchange, new Answer(401, error("invalid_request_error", null, "Invalid API Key provided",
                        Map.of())), false);
                return;
            }
            boolean replayed;
            Answer answer;
            synchronized (this) {
                String fingerprint = method + " " + path + " " + new TreeMap<>(form) + " " + account.orElse("");
                Remembered earlier = key.map(keys::get).orElse(null);
                if (earlier != null && !method.equals("GET")) {
                    replayed = earlier.fingerprint().equals(fingerprint);
                    answer = replayed ? earlier.answer() : new Answer(400, error("idempotency_error", null,
                            "Keys for idempotent requests can only be used with the same parameters they were "
                                    + "first used with.", Map.of()));
                } else {
                    replayed = false;
                    answer = route(method, path, form, account.orElse(PLATFORM));
                    if (key.isPresent() && !method.equals("GET") && answer.status() != 500) {
                        keys.put(key.get(), new Remembered(fingerprint, answer));
                    }
                }
            }
            if (fault == Fault.DROP_ANSWER) {
                // Carried out; the connection breaks in the middle of the answer. (Closed before
                // the first byte, the JDK's client would quietly send the POST again.)
                byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answer.status(), body.length + 64L);
                exchange.getResponseBody().write(body, 0, body.length / 2);
                exchange.getResponseBody().flush();
                return;
            }
            if (fault == Fault.SLOW) {
                try {
                    Thread.sleep(slowFor);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            send(exchange, answer, replayed);
        }
    }

    private Answer route(String method, String path, Map<String, String> form, String account) {
        if (method.equals("POST") && path.equals("/v1/payment_intents")) {
            return create(form, account);
        }
        if (method.equals("POST") && path.equals("/v1/refunds")) {
            return refund(form, account);
        }
        if (method.equals("GET") && path.equals("/v1/payment_intents/search")) {
            return search(form.getOrDefault("query", ""), account);
        }
        Matcher matcher = INTENT.matcher(path);
        if (!matcher.matches()) {
            return new Answer(404, error("invalid_request_error", "resource_missing", "Unrecognized request URL", Map.of()));
        }
        Map<String, Object> intent = intents.get(matcher.group(1));
        if (intent == null || !accountOfIntent.get(matcher.group(1)).equals(account)) {
            return missing("payment_intent", matcher.group(1));
        }
        String action = matcher.group(2);
        if (action == null) {
            return method.equals("GET") ? ok(intent) : new Answer(400, error("invalid_request_error", null,
                    "Chit never updates an intent", Map.of()));
        }
        return action.equals("/capture") ? capture(intent, form) : cancel(intent);
    }

    private Answer create(Map<String, String> form, String account) {
        for (String required : List.of("amount", "currency", "payment_method")) {
            if (!form.containsKey(required)) {
                return invalid("parameter_missing", "Missing required param: " + required + ".", required);
            }
        }
        String paymentMethod = form.get("payment_method");
        String id = "pi_" + String.format("%024d", ids.incrementAndGet());
        Map<String, Object> intent = new LinkedHashMap<>();
        intent.put("id", id);
        intent.put("object", "payment_intent");
        intent.put("amount", Long.parseLong(form.get("amount")));
        intent.put("amount_capturable", 0L);
        intent.put("amount_received", 0L);
        intent.put("capture_method", form.getOrDefault("capture_method", "automatic"));
        intent.put("client_secret", id + "_secret_" + Integer.toHexString(id.hashCode()));
        intent.put("confirmation_method", "automatic");
        intent.put("created", System.currentTimeMillis() / 1000);
        intent.put("currency", form.get("currency"));
        intent.put("livemode", false);
        intent.put("metadata", metadataOf(form));
        intent.put("next_action", null);
        intent.put("payment_method", paymentMethod);
        intent.put("payment_method_types", List.of("card"));
        intent.put("last_payment_error", null);
        intent.put("status", "requires_payment_method");
        String declineCode = switch (paymentMethod) {
            case "pm_card_visa", "pm_card_authenticationRequired" -> null;
            case "pm_card_chargeDeclined" -> "generic_decline";
            case "pm_card_chargeDeclinedInsufficientFunds" -> "insufficient_funds";
            default -> "unknown";
        };
        if ("unknown".equals(declineCode)) {
            return new Answer(400, error("invalid_request_error", "resource_missing",
                    "No such PaymentMethod: '" + paymentMethod + "'", Map.of("param", "payment_method")));
        }
        intents.put(id, intent);
        accountOfIntent.put(id, account);
        count("create");
        if (!"true".equals(form.get("confirm"))) {
            return ok(intent);
        }
        if (declineCode != null) {
            var lastError = new LinkedHashMap<String, Object>(Map.of("type", "card_error", "code", "card_declined",
                    "decline_code", declineCode, "message", "Your card was declined."));
            intent.put("last_payment_error", lastError);
            return new Answer(402, error("card_error", "card_declined", "Your card was declined.",
                    Map.of("decline_code", declineCode, "payment_intent", intent)));
        }
        if (paymentMethod.equals("pm_card_authenticationRequired")) {
            intent.put("status", "requires_action");
            intent.put("next_action", Map.of("type", "use_stripe_sdk", "use_stripe_sdk",
                    Map.of("type", "three_d_secure_redirect", "stripe_js", "https://hooks.stripe.com/3d_secure")));
            return ok(intent);
        }
        boolean manual = "manual".equals(intent.get("capture_method"));
        intent.put("status", manual ? "requires_capture" : "succeeded");
        intent.put(manual ? "amount_capturable" : "amount_received", intent.get("amount"));
        return ok(intent);
    }

    private Answer capture(Map<String, Object> intent, Map<String, String> form) {
        if (!"requires_capture".equals(intent.get("status"))) {
            return unexpectedState(intent, "capture");
        }
        long amount = Long.parseLong(form.getOrDefault("amount_to_capture", String.valueOf(intent.get("amount"))));
        if (amount <= 0 || amount > (Long) intent.get("amount_capturable")) {
            return invalid("amount_too_large", "The amount to capture must be positive and at most the capturable "
                    + "amount.", "amount_to_capture");
        }
        intent.put("status", "succeeded");
        intent.put("amount_received", amount);
        intent.put("amount_capturable", 0L);
        count("capture");
        return ok(intent);
    }

    private Answer cancel(Map<String, Object> intent) {
        String status = (String) intent.get("status");
        if (status.equals("succeeded") || status.equals("canceled")) {
            return unexpectedState(intent, "cancel");
        }
        intent.put("status", "canceled");
        intent.put("amount_capturable", 0L);
        intent.put("next_action", null);
        intent.put("canceled_at", System.currentTimeMillis() / 1000);
        intent.put("cancellation_reason", "requested_by_customer");
        count("cancel");
        return ok(intent);
    }

    private Answer refund(Map<String, String> form, String account) {
        String intentId = form.get("payment_intent");
        Map<String, Object> intent = intentId == null ? null : intents.get(intentId);
        if (intent == null || !accountOfIntent.get(intentId).equals(account)) {
            return missing("payment_intent", String.valueOf(intentId));
        }
        if (!"succeeded".equals(intent.get("status"))) {
            return invalid("charge_not_captured", "This PaymentIntent has no captured charge to refund.",
                    "payment_intent");
        }
        long received = (Long) intent.get("amount_received");
        long already = refundedOfIntent.getOrDefault(intentId, 0L);
        long amount = Long.parseLong(form.getOrDefault("amount", String.valueOf(received - already)));
        if (amount <= 0 || already + amount > received) {
            return invalid(already == received ? "charge_already_refunded" : "amount_too_large",
                    "Refund amount is greater than the unrefunded amount of the charge.", "amount");
        }
        refundedOfIntent.put(intentId, already + amount);
        count("refund");
        Map<String, Object> refund = new LinkedHashMap<>();
        refund.put("id", "re_" + String.format("%024d", ids.incrementAndGet()));
        refund.put("object", "refund");
        refund.put("amount", amount);
        refund.put("currency", intent.get("currency"));
        refund.put("payment_intent", intentId);
        refund.put("status", "succeeded");
        refund.put("created", System.currentTimeMillis() / 1000);
        refund.put("metadata", Map.of());
        return ok(refund);
    }

    /** Stripe's search query language, as far as Chit asks: {@code metadata['key']:'value'}. */
    private Answer search(String query, String account) {
        Matcher matcher = Pattern.compile("metadata\\['([a-z_]+)'\\]:'([^']*)'").matcher(query);
        if (!matcher.matches()) {
            return invalid("parameter_invalid_string", "Unsupported search query.", "query");
        }
        List<Object> found = new ArrayList<>();
        intents.forEach((id, intent) -> {
            @SuppressWarnings("unchecked")
            var metadata = (Map<String, String>) intent.get("metadata");
            if (accountOfIntent.get(id).equals(account) && matcher.group(2).equals(metadata.get(matcher.group(1)))) {
                found.add(intent);
            }
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("object", "search_result");
        result.put("url", "/v1/payment_intents/search");
        result.put("has_more", false);
        result.put("next_page", null);
        result.put("data", found);
        return ok(result);
    }

    private void count(String operation) {
        applied.computeIfAbsent(operation, ignored -> new AtomicInteger()).incrementAndGet();
    }

    private static Map<String, String> metadataOf(Map<String, String> form) {
        Map<String, String> metadata = new TreeMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("metadata[") && name.endsWith("]")) {
                metadata.put(name.substring("metadata[".length(), name.length() - 1), value);
            }
        });
        return metadata;
    }

    private static Answer ok(Map<String, Object> object) {
        return new Answer(200, JSON.toJson(object));
    }

    private static Answer missing(String param, String id) {
        return new Answer(404, error("invalid_request_error", "resource_missing", "No such payment_intent: '" + id + "'",
                Map.of("param", param)));
    }

    private static Answer invalid(String code, String message, String param) {
        return new Answer(400, error("invalid_request_error", code, message, Map.of("param", param)));
    }

    private static Answer unexpectedState(Map<String, Object> intent, String action) {
        return new Answer(400, error("invalid_request_error", "payment_intent_unexpected_state",
                "You cannot " + action + " this PaymentIntent because it has a status of " + intent.get("status") + ".",
                Map.of("payment_intent", intent)));
    }

    private static String error(String type, String code, String message, Map<String, Object> more) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", type);
        if (code != null) {
            error.put("code", code);
            error.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
        }
        error.put("message", message);
        error.putAll(more);
        return JSON.toJson(Map.of("error", error));
    }

    private void send(HttpExchange exchange, Answer answer, boolean replayed) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_" + ids.incrementAndGet());
        if (replayed) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return form;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }
}
