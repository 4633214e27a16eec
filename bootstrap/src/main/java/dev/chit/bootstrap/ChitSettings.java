package dev.chit.bootstrap;

import dev.chit.adapters.notification.SmtpSettings;
import dev.chit.adapters.persistence.DatabaseSettings;
import dev.chit.adapters.persistence.ReplicaSettings;
import dev.chit.adapters.web.live.LiveSettings;
import dev.chit.adapters.web.security.ExternalIssuerSettings;
import dev.chit.adapters.web.security.WebOrigins;
import io.helidon.config.Config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything Chit reads from its configuration, read in one place: {@code application.yaml}
 * on the classpath, overridden by environment variables ({@code CHIT_DB_URL} for
 * {@code chit.db.url}) and system properties.
 */
public record ChitSettings(String host, int port, DatabaseSettings database, DemoDataMode demoData,
                           PaymentSettings payment, SignInSettings signIn, MailSettings mail,
                           WebhookSettings webhooks, LiveSettings live, ServingSettings serving,
                           PrintingSettings printing, Optional<ReplicaSettings> replica) {

    /** Without a standby for reads. */
    public ChitSettings(String host, int port, DatabaseSettings database, DemoDataMode demoData,
                        PaymentSettings payment, SignInSettings signIn, MailSettings mail,
                        WebhookSettings webhooks, LiveSettings live, ServingSettings serving,
                        PrintingSettings printing) {
        this(host, port, database, demoData, payment, signIn, mail, webhooks, live, serving, printing,
                Optional.empty());
    }

    /** With the default serving and printing settings. */
    public ChitSettings(String host, int port, DatabaseSettings database, DemoDataMode demoData,
                        PaymentSettings payment, SignInSettings signIn, MailSettings mail,
                        WebhookSettings webhooks, LiveSettings live) {
        this(host, port, database, demoData, payment, signIn, mail, webhooks, live, ServingSettings.defaults(),
                PrintingSettings.defaults());
    }

    /** With the default live-update settings ({@link LiveSettings#defaults()}). */
    public ChitSettings(String host, int port, DatabaseSettings database, DemoDataMode demoData,
                        PaymentSettings payment, SignInSettings signIn, MailSettings mail,
                        WebhookSettings webhooks) {
        this(host, port, database, demoData, payment, signIn, mail, webhooks, LiveSettings.defaults());
    }

    /** With the default webhook settings ({@link WebhookSettings#defaults()}). */
    public ChitSettings(String host, int port, DatabaseSettings database, DemoDataMode demoData,
                        PaymentSettings payment, SignInSettings signIn, MailSettings mail) {
        this(host, port, database, demoData, payment, signIn, mail, WebhookSettings.defaults());
    }

    /** With email off ({@link MailSettings#off()}). */
    public ChitSettings(String host, int port, DatabaseSettings database, DemoDataMode demoData,
                        PaymentSettings payment, SignInSettings signIn) {
        this(host, port, database, demoData, payment, signIn, MailSettings.off());
    }

    /**
     * With the default payment settings (the sandbox network, answering at once) and sign-in
     * settings ({@link SignInSettings#defaults()}).
     */
    public ChitSettings(String host, int port, DatabaseSettings database, DemoDataMode demoData) {
        this(host, port, database, demoData, PaymentSettings.defaults(), SignInSettings.defaults());
    }

    public static ChitSettings from(Config root) {
        Config chit = root.get("chit");
        String url = chit.get("db.url").asString().orElse("").strip();
        DatabaseSettings database = new DatabaseSettings(
                url.isEmpty() ? Optional.empty() : Optional.of(url),
                chit.get("db.user").asString().orElse(""),
                chit.get("db.password").asString().orElse(""),
                Path.of(chit.get("data.dir").asString().orElse("./data")),
                chit.get("db.pool.size").asInt().orElse(DatabaseSettings.DEFAULT_MAX_POOL_SIZE),
                chit.get("db.pool.timeout.millis").asLong().map(Duration::ofMillis)
                        .orElse(DatabaseSettings.DEFAULT_POOL_TIMEOUT),
                chit.get("db.connect.timeout.seconds").asLong().map(Duration::ofSeconds)
                        .orElse(DatabaseSettings.DEFAULT_CONNECT_TIMEOUT),
                chit.get("db.socket.timeout.seconds").asLong().map(Duration::ofSeconds)
                        .orElse(DatabaseSettings.DEFAULT_SOCKET_TIMEOUT));
        return new ChitSettings(
                chit.get("host").asString().orElse("0.0.0.0"),
                chit.get("port").asInt().orElse(8080),
                database,
                DemoDataMode.valueOf(chit.get("demo.data").asString().orElse("auto").strip().toUpperCase(Locale.ROOT)),
                payment(chit.get("payment"), chit.get("stripe")),
                signIn(chit),
                mail(chit),
                webhooks(chit),
                live(chit),
                serving(chit),
                PrintingSettings.from(chit),
                replica(chit, database));
    }

    private static PaymentSettings payment(Config payment, Config stripe) {
        PaymentSettings defaults = PaymentSettings.defaults();
        return new PaymentSettings(
                payment.get("gateway").asString().orElse(defaults.gateway()),
                payment.get("sandbox.latency.millis").asLong().map(Duration::ofMillis).orElse(defaults.sandboxLatency()),
                payment.get("settle.interval.seconds").asLong().map(Duration::ofSeconds).orElse(defaults.settleEvery()),
                payment.get("settle.unplaced.seconds").asLong().map(Duration::ofSeconds)
                        .orElse(defaults.giveUpUnplaced()),
                stripeKeys(stripe),
                payment.get("abandon.after.minutes").asLong().map(Duration::ofMinutes)
                        .orElse(defaults.abandonAwaitingAfter()));
    }

    /** {@code CHIT_STRIPE_SECRET_KEY} and its siblings; none without a secret key. */
    private static Optional<StripeKeys> stripeKeys(Config stripe) {
        return nonBlank(stripe.get("secret.key")).map(secret -> new StripeKeys(secret,
                nonBlank(stripe.get("publishable.key")), nonBlank(stripe.get("webhook.secret")),
                nonBlank(stripe.get("api.base")).map(URI::create).orElse(StripeKeys.API_BASE),
                nonBlank(stripe.get("js.url")).map(URI::create).orElse(StripeKeys.SCRIPT_URL)));
    }

    private static Optional<String> nonBlank(Config value) {
        return value.asString().asOptional().map(String::strip).filter(text -> !text.isEmpty());
    }

    public ChitSettings withPort(int newPort) {
        return new ChitSettings(host, newPort, database, demoData, payment, signIn, mail, webhooks, live, serving,
                printing, replica);
    }

    public ChitSettings withDatabase(DatabaseSettings newDatabase) {
        return new ChitSettings(host, port, newDatabase, demoData, payment, signIn, mail, webhooks, live, serving,
                printing, replica);
    }

    public ChitSettings withPayment(PaymentSettings newPayment) {
        return new ChitSettings(host, port, database, demoData, newPayment, signIn, mail, webhooks, live, serving,
                printing, replica);
    }

    public ChitSettings withSignIn(SignInSettings newSignIn) {
        return new ChitSettings(host, port, database, demoData, payment, newSignIn, mail, webhooks, live, serving,
                printing, replica);
    }

    public ChitSettings withMail(MailSettings newMail) {
        return new ChitSettings(host, port, database, demoData, payment, signIn, newMail, webhooks, live, serving,
                printing, replica);
    }

    public ChitSettings withWebhooks(WebhookSettings newWebhooks) {
        return new ChitSettings(host, port, database, demoData, payment, signIn, mail, newWebhooks, live, serving,
                printing, replica);
    }

    public ChitSettings withLive(LiveSettings newLive) {
        return new ChitSettings(host, port, database, demoData, payment, signIn, mail, webhooks, newLive, serving,
                printing, replica);
    }

    public ChitSettings withPrinting(PrintingSettings newPrinting) {
        return new ChitSettings(host, port, database, demoData, payment, signIn, mail, webhooks, live, serving,
                newPrinting, replica);
    }

    public ChitSettings withServing(ServingSettings newServing) {
        return new ChitSettings(host, port, database, demoData, payment, signIn, mail, webhooks, live, newServing,
                printing, replica);
    }

    public ChitSettings withReplica(ReplicaSettings newReplica) {
        return new ChitSettings(host, port, database, demoData, payment, signIn, mail, webhooks, live, serving,
                printing, Optional.of(newReplica));
    }

    // The standby's user and password are the primary's unless given.
    private static Optional<ReplicaSettings> replica(Config chit, DatabaseSettings primary) {
        return text(chit, "db.replica.url").map(url -> new ReplicaSettings(url,
                text(chit, "db.replica.user").orElse(primary.effectiveUser()),
                chit.get("db.replica.password").asString().asOptional().filter(p -> !p.isEmpty()).orElse(primary.password()),
                chit.get("db.replica.max.lag.seconds").asLong().map(Duration::ofSeconds)
                        .orElse(ReplicaSettings.DEFAULT_MAX_LAG)));
    }

    private static ServingSettings serving(Config chit) {
        ServingSettings defaults = ServingSettings.defaults();
        return new ServingSettings(
                chit.get("idempotency.lease.seconds").asLong().map(Duration::ofSeconds).orElse(defaults.claimLease()),
                chit.get("shutdown.unready.seconds").asLong().map(Duration::ofSeconds).orElse(defaults.unreadyFor()),
                chit.get("shutdown.drain.seconds").asLong().map(Duration::ofSeconds).orElse(defaults.drainFor()));
    }

    private static LiveSettings live(Config chit) {
        LiveSettings defaults = LiveSettings.defaults();
        return new LiveSettings(
                chit.get("live.ping.seconds").asLong().map(Duration::ofSeconds).orElse(defaults.pingEvery()),
                chit.get("live.silent.seconds").asLong().map(Duration::ofSeconds).orElse(defaults.silentLimit()),
                chit.get("live.recheck.seconds").asLong().map(Duration::ofSeconds).orElse(defaults.recheckEvery()),
                chit.get("live.queue.frames").asInt().orElse(defaults.sendQueueFrames()));
    }

    private static WebhookSettings webhooks(Config chit) {
        WebhookSettings defaults = WebhookSettings.defaults();
        return new WebhookSettings(chit.get("webhooks.allow.private").asBoolean().orElse(defaults.allowPrivate()),
                chit.get("webhooks.interval.seconds").asLong().map(Duration::ofSeconds)
                        .orElse(defaults.deliverEvery()));
    }

    // No chit.smtp.host: email off. A host without chit.mail.from is a mistake, said at start-up.
    private static MailSettings mail(Config chit) {
        MailSettings defaults = MailSettings.off();
        Duration every = chit.get("mail.interval.seconds").asLong().map(Duration::ofSeconds)
                .orElse(defaults.deliverEvery());
        Duration giveUp = chit.get("mail.give.up.hours").asLong().map(Duration::ofHours)
                .orElse(defaults.giveUpAfter());
        Optional<SmtpSettings> smtp = text(chit, "smtp.host").map(host -> new SmtpSettings(host,
                chit.get("smtp.port").asInt().orElse(587),
                SmtpSettings.Security.valueOf(text(chit, "smtp.tls").orElse("starttls").toUpperCase(Locale.ROOT)),
                text(chit, "smtp.user"),
                chit.get("smtp.password").asString().orElse(""),
                text(chit, "mail.from").orElseThrow(() -> new IllegalArgumentException(
                        "CHIT_SMTP_HOST is set but CHIT_MAIL_FROM is not: the guest's emails need a sender address")),
                MailSettings.SMTP_TIMEOUT));
        return new MailSettings(smtp, every, giveUp);
    }

    private static SignInSettings signIn(Config chit) {
        int hours = chit.get("session.hours").asInt().orElse(12);
        return new SignInSettings(Duration.ofHours(hours),
                chit.get("cookie.secure").asBoolean().orElse(true),
                chit.get("trust.proxy").asBoolean().orElse(false),
                text(chit, "admin.email"),
                text(chit, "admin.password"),
                text(chit, "jwt.issuer").map(issuer -> externalIssuer(chit.get("jwt"), issuer)),
                WebOrigins.parse("CHIT_PUBLIC_ORIGINS", chit.get("public.origins").asString().orElse("")),
                WebOrigins.parse("CHIT_CORS_ORIGINS", chit.get("cors.origins").asString().orElse("")));
    }

    private static ExternalIssuerSettings externalIssuer(Config jwt, String issuer) {
        return new ExternalIssuerSettings(issuer,
                text(jwt, "audience"),
                text(jwt, "jwks.url").map(URI::create),
                text(jwt, "pem").map(ChitSettings::pemText),
                text(jwt, "memberships.claim").orElse(ExternalIssuerSettings.DEFAULT_MEMBERSHIPS_CLAIM),
                text(jwt, "admin.claim"),
                text(jwt, "admin.value").orElse(ExternalIssuerSettings.DEFAULT_ADMIN_VALUE));
    }

    // chit.jwt.pem holds the PEM text itself, or the path of a file that does.
    private static String pemText(String value) {
        if (value.startsWith("-----BEGIN")) {
            return value;
        }
        try {
            return Files.readString(Path.of(value));
        } catch (IOException e) {
            throw new UncheckedIOException("chit.jwt.pem is neither PEM text nor a readable file: " + value, e);
        }
    }

    private static Optional<String> text(Config node, String key) {
        return node.get(key).asString().map(String::strip).filter(value -> !value.isEmpty());
    }
}
