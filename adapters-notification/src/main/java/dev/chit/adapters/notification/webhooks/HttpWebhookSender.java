package dev.chit.adapters.notification.webhooks;

import dev.chit.domain.port.WebhookDestinations;
import dev.chit.domain.port.WebhookSender;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * POSTs deliveries with the JDK's {@code HttpClient}: the stored body as is, signed anew at
 * each attempt (so {@code t} is the attempt's time), with time-outs for connecting and for the
 * whole answer. The destination is checked again before each attempt, since what a host
 * resolves to can change; redirects are not followed, so a receiver cannot point it elsewhere.
 */
public final class HttpWebhookSender implements WebhookSender {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final WebhookDestinations destinations;
    private final Clock clock;

    public HttpWebhookSender(WebhookDestinations destinations, Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.destinations = destinations;
        this.clock = clock;
    }

    @Override
    public Outcome send(Webhook webhook, WebhookDelivery delivery) {
        var refused = destinations.refusal(webhook.url());
        if (refused.isPresent()) {
            return Outcome.failed("refused: " + refused.get());
        }
        long now = clock.instant().getEpochSecond();
        var request = HttpRequest.newBuilder(webhook.url())
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Chit-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.header(webhook.secret(), now, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return Outcome.answered(response.statusCode());
        } catch (IOException failed) {
            return Outcome.failed(why(failed));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Outcome.failed("interrupted");
        }
    }

    /**
     * Why no answer came, as the restaurant's manager reads it in the list of attempts: in the
     * receiver's terms, never the name of a Java class or a message written for Java programmers.
     */
    static String why(IOException failed) {
        return switch (failed) {
            case HttpConnectTimeoutException slow -> "time-out: no connection within " + CONNECT_TIMEOUT.toSeconds() + " s";
            case HttpTimeoutException slow -> "time-out: no answer within " + ANSWER_TIMEOUT.toSeconds() + " s";
            case ConnectException refused -> "connection refused";
            case UnknownHostException unknown -> "the host does not resolve";
            case SSLException tls -> "the TLS handshake failed";
            default -> "the connection failed before an answer";
        };
    }
}
