package dev.chit.adapters.notification.webhooks;

import com.sun.net.httpserver.HttpServer;
import dev.chit.application.delivery.RetryPolicy;
import dev.chit.application.testing.InMemoryTransactions;
import dev.chit.application.testing.InMemoryWebhooks;
import dev.chit.application.webhooks.DeliverWebhooks;
import dev.chit.domain.port.WebhookSender.Outcome;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookEventType;
import dev.chit.domain.webhook.WebhookId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender against a real HTTP server (the JDK's), on a free port of this machine. */
class HttpWebhookSenderTest {

    private record Received(String body, String signature, String host) {
    }

    private static final String SECRET = "whsec_test";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("Chit-Signature"),
                    exchange.getRequestHeaders().getFirst("Host")));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private Webhook hook() {
        return hook("127.0.0.1");
    }

    private Webhook hook(String host) {
        return new Webhook(new WebhookId(UUID.randomUUID()), new RestaurantId(UUID.randomUUID()),
                URI.create("http://" + host + ":" + server.getAddress().getPort() + "/hook"),
                Set.of(WebhookEventType.ORDER_CREATED), SECRET, NOW);
    }

    /** A DNS that answers {@code answers} in turn, the last one from then on, and counts the questions. */
    private static final class ScriptedDns implements HostResolver {
        private final List<InetAddress[]> answers;
        private final AtomicInteger asked = new AtomicInteger();

        ScriptedDns(InetAddress[]... answers) {
            this.answers = List.of(answers);
        }

        @Override
        public InetAddress[] resolve(String host) {
            return answers.get(Math.min(asked.getAndIncrement(), answers.size() - 1));
        }
    }

    private static InetAddress[] address(String literal) throws Exception {
        return new InetAddress[] {InetAddress.getByName(literal)};
    }

    private static WebhookDelivery delivery(Webhook hook) {
        UUID id = UUID.randomUUID();
        return WebhookDelivery.pending(id, hook.id(), WebhookEventType.ORDER_CREATED,
                "{\"id\":\"" + id + "\",\"type\":\"order.created\",\"data\":{\"order\":{\"note\":\"caf\u00e9\"}}}", NOW);
    }

    private static void assertSignedAt(Received got, long seconds) {
        assertThat(got.signature()).isEqualTo("t=" + seconds + ",v1="
                + WebhookSignature.hmac(SECRET, seconds + "." + got.body()));
    }

    @Test
    void aDelivery_isPostedWithItsBody_andSignedWithTheSecret() {
        var sender = new HttpWebhookSender(new PublicAddressesOnly(true), Clock.fixed(NOW, ZoneOffset.UTC));
        Webhook hook = hook();
        WebhookDelivery delivery = delivery(hook);

        assertThat(sender.send(hook, delivery)).isEqualTo(Outcome.answered(204));
        assertThat(received).singleElement().satisfies(got -> {
            assertThat(got.body()).isEqualTo(delivery.body());
            assertSignedAt(got, NOW.getEpochSecond());
        });
    }

    @Test
    void after500_theJobTriesAgainLater_withTheSameId_andADifferentSignatureTime() {
        failuresLeft.set(1);
        Webhook hook = hook();
        var webhooks = new InMemoryWebhooks();
        webhooks.add(hook);
        WebhookDelivery delivery = delivery(hook);
        webhooks.enqueue(delivery);
        var clock = new MovableClock(NOW);
        var job = new DeliverWebhooks(webhooks, new HttpWebhookSender(new PublicAddressesOnly(true), clock),
                new InMemoryTransactions(webhooks), clock, RetryPolicy.standard());

        assertThat(job.deliverDue()).isZero();
        clock.now = NOW.plusSeconds(9);
        assertThat(job.deliverDue()).as("not before 10 s").isZero();
        clock.now = NOW.plusSeconds(10);
        assertThat(job.deliverDue()).isEqualTo(1);

        assertThat(received).hasSize(2);
        assertThat(received.get(0).body()).isEqualTo(received.get(1).body()).contains(delivery.id().toString());
        assertSignedAt(received.get(0), NOW.getEpochSecond());
        assertSignedAt(received.get(1), NOW.getEpochSecond() + 10);
        assertThat(webhooks.attempts(hook.id(), 10)).extracting(a -> a.statusCode())
                .containsExactly(Optional.of(204), Optional.of(500));
    }

    @Test
    void aPrivateAddress_isRefusedWithoutAllowPrivate_andNothingIsSent() {
        var sender = new HttpWebhookSender(new PublicAddressesOnly(false), Clock.fixed(NOW, ZoneOffset.UTC));
        Webhook hook = hook();

        Outcome outcome = sender.send(hook, delivery(hook));

        assertThat(outcome.statusCode()).isEmpty();
        assertThat(outcome.error()).hasValueSatisfying(error -> assertThat(error).contains("loopback"));
        assertThat(received).isEmpty();
    }

    @Test
    void aRebindingDns_publicForTheCheck_loopbackAfterwards_neverReachesTheLoopback() throws Exception {
        // 203.0.113.10 (TEST-NET-3) is public to the check and leads nowhere; the loopback is the receiver.
        var dns = new ScriptedDns(address("203.0.113.10"), address("127.0.0.1"));
        var sender = new HttpWebhookSender(new PublicAddressesOnly(false, dns), Clock.fixed(NOW, ZoneOffset.UTC),
                java.time.Duration.ofMillis(300));
        Webhook hook = hook("hooks.rebinding.test");

        Outcome outcome = sender.send(hook, delivery(hook));

        assertThat(outcome.statusCode()).as("no answer from anyone").isEmpty();
        assertThat(received).as("the loopback receiver").isEmpty();
        assertThat(dns.asked).as("one lookup: the checked address is the one connected to").hasValue(1);
    }

    @Test
    void theConnection_goesToTheCheckedAddress_withTheHostNameInTheHostHeader() throws Exception {
        // A name no real DNS knows: only the checked lookup can have brought the request here.
        var dns = new ScriptedDns(address("127.0.0.1"), address("203.0.113.10"));
        var sender = new HttpWebhookSender(new PublicAddressesOnly(true, dns), Clock.fixed(NOW, ZoneOffset.UTC));
        Webhook hook = hook("hooks.pinned.test");

        assertThat(sender.send(hook, delivery(hook))).isEqualTo(Outcome.answered(204));
        assertThat(received).singleElement().extracting(Received::host)
                .isEqualTo("hooks.pinned.test:" + server.getAddress().getPort());
        assertThat(dns.asked).hasValue(1);
    }

    @Test
    void aHostWithOnePublicAndOneInternalAddress_isRefused_andNothingIsSent() throws Exception {
        var dns = new ScriptedDns(new InetAddress[] {InetAddress.getByName("203.0.113.10"),
                InetAddress.getByName("127.0.0.1")});
        var sender = new HttpWebhookSender(new PublicAddressesOnly(false, dns), Clock.fixed(NOW, ZoneOffset.UTC));
        Webhook hook = hook("hooks.mixed.test");

        Outcome outcome = sender.send(hook, delivery(hook));

        assertThat(outcome.error()).hasValueSatisfying(error -> assertThat(error).startsWith("refused:")
                .contains("127.0.0.1"));
        assertThat(received).isEmpty();
    }

    @Test
    void aReceiverThatIsNotListening_isSaidInItsTerms_withoutJavaClassNames() throws Exception {
        int closedPort;
        try (var probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        var sender = new HttpWebhookSender(new PublicAddressesOnly(true), Clock.fixed(NOW, ZoneOffset.UTC));
        Webhook hook = new Webhook(new WebhookId(UUID.randomUUID()), new RestaurantId(UUID.randomUUID()),
                URI.create("http://127.0.0.1:" + closedPort + "/hook"), Set.of(WebhookEventType.ORDER_CREATED), SECRET, NOW);

        Outcome outcome = sender.send(hook, delivery(hook));

        assertThat(outcome.statusCode()).isEmpty();
        assertThat(outcome.error()).contains("connection refused");
    }

    @Test
    void internalAddresses_areRecognised() throws Exception {
        var guard = new PublicAddressesOnly(false);
        for (String url : List.of("http://127.0.0.1/", "http://localhost/", "http://10.1.2.3/", "http://192.168.0.1/",
                "http://172.16.5.4/", "http://169.254.169.254/latest", "http://[::1]/", "http://[fd00::1]/",
                "http://0.0.0.0/")) {
            assertThat(guard.refusal(URI.create(url))).as(url).isPresent();
        }
        assertThat(PublicAddressesOnly.isInternal(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(new PublicAddressesOnly(true).refusal(URI.create("http://127.0.0.1/"))).isEmpty();
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
