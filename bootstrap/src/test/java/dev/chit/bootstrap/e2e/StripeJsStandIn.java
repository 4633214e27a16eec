package dev.chit.bootstrap.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.chit.adapters.payment.stripe.StripeStandIn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stripe.js as a browser test meets it, on loopback: {@code /v3/} is the stand-in script
 * ({@code stripe-js-stand-in/stripe.js}), and {@code /challenge} is the bank's 3-D Secure page
 * that its next action frames, as Stripe's test mode shows one: "Complete authentication" or
 * "Fail authentication" decide the intent at the {@link StripeStandIn}, the page then tells the
 * script in the guest's page (a message to its parent).
 */
final class StripeJsStandIn implements AutoCloseable {

    private static final Pattern INTENT = Pattern.compile("pi_[A-Za-z0-9]+");

    private final HttpServer server;
    private final StripeStandIn stripe;

    StripeJsStandIn(StripeStandIn stripe) {
        this.stripe = stripe;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v3/", this::script);
        server.createContext("/challenge", this::challenge);
        server.start();
    }

    /** What {@code CHIT_STRIPE_JS_URL} is set to. */
    URI scriptUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v3/");
    }

    private void script(HttpExchange exchange) throws IOException {
        try (InputStream in = StripeJsStandIn.class.getResourceAsStream("/stripe-js-stand-in/stripe.js")) {
            send(exchange, 200, "text/javascript; charset=utf-8", in.readAllBytes());
        }
    }

    private void challenge(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("POST")) {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String intent = form.getOrDefault("intent", "");
            boolean passed = "true".equals(form.get("passed"));
            if (!INTENT.matcher(intent).matches()) {
                send(exchange, 400, "text/plain", "no such intent".getBytes(StandardCharsets.UTF_8));
                return;
            }
            stripe.authenticate(intent, passed);
            send(exchange, 200, "text/html; charset=utf-8", page("<p>Returning to the shop…</p><script>"
                    + "parent.postMessage({type: 'stripe-stand-in:challenge-done', passed: " + passed + "}, '*');"
                    + "</script>"));
            return;
        }
        String intent = form(exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery())
                .getOrDefault("intent", "");
        if (!INTENT.matcher(intent).matches()) {
            send(exchange, 400, "text/plain", "no such intent".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(exchange, 200, "text/html; charset=utf-8", page("<h1>3D Secure test page</h1>"
                + "<p>Complete or fail the authentication of this test payment.</p>"
                + button(intent, true, "Complete authentication") + button(intent, false, "Fail authentication")));
    }

    private static String button(String intent, boolean passed, String name) {
        return "<form method=\"post\" action=\"/challenge\"><input type=\"hidden\" name=\"intent\" value=\"" + intent
                + "\"><input type=\"hidden\" name=\"passed\" value=\"" + passed + "\"><button type=\"submit\">" + name
                + "</button></form>";
    }

    private static byte[] page(String body) {
        return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bank authentication</title></head>"
                + "<body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int at = pair.indexOf('=');
            if (at > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
