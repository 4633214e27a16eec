package dev.chit.adapters.notification.webhooks;

import dev.chit.domain.port.WebhookSender;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.DnsAddressLookup;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.Proxy;
import io.helidon.webclient.api.WebClient;
import io.helidon.webclient.spi.DnsResolver;


import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * POSTs deliveries with Helidon's WebClient: the stored body as is, signed anew at each attempt
 * (so {@code t} is the attempt's time), with time-outs for connecting and for reading the answer.
 * Redirects are not followed, so a receiver cannot point it elsewhere.
 *
 * <p>The address is checked at each attempt, since what a host resolves to can change, and the
 * connection goes to the very address checked: the client's DNS resolver is the check
 * ({@link PublicAddressesOnly#checkedAddress}), so there is no second lookup for a rebinding DNS
 * to answer differently. The URL keeps its host name, so the {@code Host} header, TLS SNI and the
 * certificate check all name the host, not the address. (The JDK's HttpClient cannot do this: it
 * resolves on its own, and connecting it to an IP literal would make TLS check the certificate
 * against the address and need the restricted {@code Host} header.) Connections are not kept
 * alive, so each attempt is checked afresh.
 */
public final class HttpWebhookSender implements WebhookSender {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final WebClient client;
    private final Clock clock;

    public HttpWebhookSender(PublicAddressesOnly destinations, Clock clock) {
        this(destinations, clock, CONNECT_TIMEOUT);
    }

    HttpWebhookSender(PublicAddressesOnly destinations, Clock clock, Duration connectTimeout) {
        this.client = WebClient.builder()
                .connectTimeout(connectTimeout)
                .readTimeout(ANSWER_TIMEOUT)
                .followRedirects(false)
                .keepAlive(false)
                .shareConnectionCache(false)
                .proxy(Proxy.noProxy())
                .dnsResolver(new CheckedResolver(destinations))
                .build();
        this.clock = clock;
    }

    @Override
    public Outcome send(Webhook webhook, WebhookDelivery delivery) {
        if (webhook.url().getHost() == null) {
            return Outcome.failed("refused: the URL has no host");
        }
        long now = clock.instant().getEpochSecond();
        try (HttpClientResponse response = client.post().uri(webhook.url())
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.USER_AGENT, "Chit-Webhooks/1")
                .header(HeaderNames.create(WebhookSignature.HEADER),
                        WebhookSignature.header(webhook.secret(), now, delivery.body()))
                .submit(delivery.body().getBytes(StandardCharsets.UTF_8))) {
            return Outcome.answered(response.status().code());
        } catch (RuntimeException failed) {
            return Outcome.failed(describe(failed));
        }
    }

    /**
     * Why no answer came, as the restaurant's manager reads it in the list of attempts: in the
     * receiver's terms, never the name of a Java class or a message written for Java programmers.
     */
    static String describe(RuntimeException failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            String why = switch (cause) {
                case PublicAddressesOnly.Refused refused -> "refused: " + refused.getMessage();
                case ConnectException refused -> "connection refused";
                case SocketTimeoutException slow -> "time-out: no answer within " + ANSWER_TIMEOUT.toSeconds() + " s";
                case UnknownHostException unknown -> "the host does not resolve";
                case SSLException tls -> "the TLS handshake failed";
                default -> null;
            };
            if (why != null) {
                return why;
            }
        }
        return "the connection failed before an answer";
    }

    /** The client's DNS: one lookup, checked, and the checked address is the one connected to. */
    private record CheckedResolver(PublicAddressesOnly destinations) implements DnsResolver {

        @Override
        public InetAddress resolveAddress(String hostname, DnsAddressLookup lookup) {
            return destinations.checkedAddress(hostname);
        }
    }
}
