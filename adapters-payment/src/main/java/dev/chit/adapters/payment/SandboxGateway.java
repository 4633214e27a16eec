package dev.chit.adapters.payment;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.SandboxAuthentication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A card network in memory that behaves like a real one, for development, demos and tests.
 * Its test cards are the tokens of API.md: {@value #VISA} is approved, {@value #DECLINED}
 * ({@code card_declined}) and {@value #INSUFFICIENT_FUNDS} ({@code insufficient_funds}) are
 * declined, {@value #ERROR} never gets an answer, and any other token is declined as
 * {@code invalid_token}. It takes Stripe's test PaymentMethods too: {@value #PM_VISA},
 * {@value #PM_DECLINED}, {@value #PM_INSUFFICIENT_FUNDS}, and {@value #PM_AUTHENTICATION_REQUIRED},
 * which asks for the guest's authentication (a fake client secret) until
 * {@link #completeAuthentication} passes or fails it; any other {@code pm_} id is refused as
 * {@code resource_missing}, as Stripe does. The sandbox has one account: the
 * {@link PaymentAccount} of a call only goes into its idempotency fingerprint.
 *
 * <p>Like a real network it keeps its own idempotency keys: a key answers with its first
 * outcome (approval, decline or refusal alike), and a key used again with other parameters
 * is refused. Calls take {@link SandboxSettings#latency()}; faults can be lined up for the
 * next calls ({@link #inject}) to show what Chit does when the network fails before, after or
 * instead of carrying a call out. It is safe for concurrent use. Card tokens are never logged
 * nor kept: a key remembers a hash of its parameters.
 */
public final class SandboxGateway implements PaymentGateway, SandboxAuthentication {

    public static final String VISA = "tok_visa";
    public static final String DECLINED = "tok_declined";
    public static final String INSUFFICIENT_FUNDS = "tok_insufficient_funds";
    public static final String ERROR = "tok_error";
    public static final String PM_VISA = "pm_card_visa";
    public static final String PM_DECLINED = "pm_card_chargeDeclined";
    public static final String PM_INSUFFICIENT_FUNDS = "pm_card_chargeDeclinedInsufficientFunds";
    public static final String PM_AUTHENTICATION_REQUIRED = "pm_card_authenticationRequired";

    /** A call the network carried out; replays under a known key are not counted again. */
    public record Performed(String operation, Optional<String> authorizationId, long amount, String idempotencyKey) {
    }

    private record Remembered(String fingerprint, Reply reply) {
    }

    private final SandboxSettings settings;
    private final ReentrantLock lock = new ReentrantLock();
    private final CardLedger ledger = new CardLedger();
    private final Map<String, Remembered> keys = new HashMap<>();
    private final List<Performed> performed = new ArrayList<>();
    private final Deque<SandboxFault> faults = new ArrayDeque<>();

    public SandboxGateway(SandboxSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public AuthorizationOutcome authorize(PaymentAccount account, ChargeFor purpose, String paymentMethod,
                                          Money amount, String idempotencyKey) {
        String fingerprint = fingerprint("authorize", sha256(paymentMethod) + "|" + account + "|" + purpose, amount);
        return call("authorize", idempotencyKey, fingerprint, () -> {
            if (ERROR.equals(paymentMethod)) {
                throw new Unavailable("sandbox: processing error at the network", null);
            }
            return ledger.authorize(paymentMethod, amount);
        }, Optional.empty(), amount).orElseThrow();
    }

    @Override
    public void capture(PaymentAccount account, String authorizationId, Money amount, String idempotencyKey) {
        call("capture", idempotencyKey, fingerprint("capture", authorizationId, amount),
                () -> ledger.capture(authorizationId, amount), Optional.of(authorizationId), amount);
    }

    @Override
    public void voidAuthorization(PaymentAccount account, String authorizationId, String idempotencyKey) {
        call("void", idempotencyKey, fingerprint("void", authorizationId),
                () -> ledger.voidAuthorization(authorizationId), Optional.of(authorizationId), null);
    }

    @Override
    public void refund(PaymentAccount account, String authorizationId, Money amount, String idempotencyKey) {
        call("refund", idempotencyKey, fingerprint("refund", authorizationId, amount),
                () -> ledger.refund(authorizationId, amount), Optional.of(authorizationId), amount);
    }

    @Override
    public AuthorizationState authorizationState(PaymentAccount account, String authorizationId) {
        pause(settings.latency());
        return locked(() -> ledger.find(authorizationId)).map(SandboxAuthorization::state)
                .orElseThrow(() -> new Refused("resource_missing", "there is no authorization " + authorizationId));
    }

    @Override
    public Optional<Authorization> findAuthorization(PaymentAccount account, OrderId orderId, String idempotencyKey) {
        pause(settings.latency());
        return locked(() -> Optional.ofNullable(keys.get(idempotencyKey))
                .map(Remembered::reply)
                .filter(Reply.Approved.class::isInstance)
                .map(reply -> new Authorization(((Reply.Approved) reply).outcome().authorizationId())));
    }

    /** Not a call with a key: the guest's answer goes to the bank, not through Chit's retries. */
    @Override
    public void completeAuthentication(String authorizationId, boolean passed) {
        pause(settings.latency());
        locked(() -> ledger.authenticate(authorizationId, passed)).deliver();
    }

    /** Lines up {@code fault} for each of the next {@code calls} calls, after those already lined up. */
    public void inject(SandboxFault fault, int calls) {
        locked(() -> {
            for (int i = 0; i < calls; i++) {
                faults.add(fault);
            }
            return null;
        });
    }

    /** Every call the network carried out, in order. */
    public List<Performed> performed() {
        return locked(() -> List.copyOf(performed));
    }

    public List<Performed> performed(String operation) {
        return performed().stream().filter(call -> call.operation().equals(operation)).toList();
    }

    /** An authorization as the network holds it now. */
    public Optional<SandboxAuthorization> authorization(String authorizationId) {
        return locked(() -> ledger.find(authorizationId));
    }

    private Optional<AuthorizationOutcome> call(String operation, String key, String fingerprint, Supplier<Reply> action,
                                         Optional<String> authorizationId, Money amount) {
        Objects.requireNonNull(key, "idempotencyKey");
        SandboxFault fault = locked(faults::poll);
        if (fault == SandboxFault.FAIL_BEFORE) {
            throw new Unavailable("sandbox: the connection failed before the request was sent", null);
        }
        if (fault == SandboxFault.TIME_OUT) {
            pause(settings.timeout());
            throw new Unavailable("sandbox: no answer within " + settings.timeout(), null);
        }
        pause(settings.latency());
        Reply reply = locked(() -> replyOnce(operation, key, fingerprint, action, authorizationId, amount));
        if (fault == SandboxFault.FAIL_AFTER) {
            throw new Unavailable("sandbox: the connection broke before the answer arrived", null);
        }
        if (settings.latency().compareTo(settings.timeout()) >= 0) {
            throw new Unavailable("sandbox: the answer came after " + settings.timeout() + ", too late", null);
        }
        return reply.deliver();
    }

    private Reply replyOnce(String operation, String key, String fingerprint, Supplier<Reply> action,
                            Optional<String> authorizationId, Money amount) {
        Remembered earlier = keys.get(key);
        if (earlier != null) {
            return earlier.fingerprint().equals(fingerprint)
                    ? earlier.reply()
                    : new Reply.Refused("idempotency_key_reused",
                            "this idempotency key was used for a different request");
        }
        Reply reply = action.get();
        keys.put(key, new Remembered(fingerprint, reply));
        if (reply instanceof Reply.Approved approved) {
            authorizationId = Optional.of(approved.outcome().authorizationId());
        }
        if (reply instanceof Reply.Approved || reply instanceof Reply.Done) {
            performed.add(new Performed(operation, authorizationId, amount == null ? 0 : amount.minorUnits(), key));
        }
        return reply;
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("sandbox: interrupted while waiting for the network", e);
        }
    }

    private static String fingerprint(String operation, String subject, Money amount) {
        return fingerprint(operation, subject) + "|" + amount.minorUnits() + " " + amount.currency().getCurrencyCode();
    }

    private static String fingerprint(String operation, String subject) {
        return operation + "|" + subject;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
