package dev.chit.domain.payment;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.restaurant.StripeAccountId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static dev.chit.domain.error.Checks.boundedText;

/**
 * One call to the card network about an order, recorded {@link State#PENDING} before the call is
 * made and settled after the network answered. A crash in between leaves it pending, and the
 * call is made again under the same {@code gatewayKey}, so the network carries it out once.
 *
 * <p>The key is derived from the order ({@code order:<id>:capture}), so there is one capture and
 * one void per order whoever records it; refunds, of which there may be several, add their own
 * id or the key of the request that asked for them.
 *
 * @param authorizationId the network's id of the order's authorization; known for every kind
 *                        but {@link Kind#AUTHORIZE}, which learns it when it succeeds
 * @param reason          why money goes back (refunds, voids): what the guest is told
 * @param error           the last error while pending; why it failed once {@link State#FAILED}
 * @param attempts        how many calls failed without an answer so far
 * @param account         for an {@link Kind#AUTHORIZE}: the restaurant's connected account it was sent
 *                        to (empty: the platform's own). The order's later calls go where its
 *                        authorization went, whatever the restaurant's setting says by then.
 */
public record PaymentOperation(
        PaymentOperationId id,
        OrderId orderId,
        Kind kind,
        Money amount,
        String gatewayKey,
        State state,
        Optional<String> authorizationId,
        Optional<String> reason,
        Optional<String> error,
        int attempts,
        Instant createdAt,
        Optional<Instant> settledAt,
        Optional<StripeAccountId> account) {

    public static final int MAX_ERROR_LENGTH = 500;

    public enum Kind {
        AUTHORIZE, CAPTURE, VOID, REFUND
    }

    public enum State {
        PENDING, SUCCEEDED, FAILED
    }

    public PaymentOperation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a payment amount is never negative: " + amount);
        }
        Objects.requireNonNull(gatewayKey, "gatewayKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(authorizationId, "authorizationId");
        if (kind != Kind.AUTHORIZE && authorizationId.isEmpty()) {
            throw new IllegalArgumentException(kind + " needs the authorization it acts on");
        }
        reason = Objects.requireNonNull(reason, "reason").map(r -> boundedText(r, "reason", 500));
        error = Objects.requireNonNull(error, "error").map(PaymentOperation::shortened);
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(settledAt, "settledAt");
        Objects.requireNonNull(account, "account");
    }

    /** The authorization of a checkout, recorded before the card is charged and before the order exists. */
    public static PaymentOperation authorization(PaymentOperationId id, OrderId orderId, Money amount, Instant at) {
        return authorization(id, orderId, amount, Optional.empty(), at);
    }

    /** As {@link #authorization(PaymentOperationId, OrderId, Money, Instant)}, on the restaurant's connected account. */
    public static PaymentOperation authorization(PaymentOperationId id, OrderId orderId, Money amount,
                                                 Optional<StripeAccountId> account, Instant at) {
        return new PaymentOperation(id, orderId, Kind.AUTHORIZE, amount, key(orderId, "authorize"), State.PENDING,
                Optional.empty(), Optional.empty(), Optional.empty(), 0, at, Optional.empty(), account);
    }

    public static PaymentOperation capture(PaymentOperationId id, OrderId orderId, String authorizationId,
                                           Money amount, Instant at) {
        return pending(id, orderId, Kind.CAPTURE, amount, key(orderId, "capture"), Optional.of(authorizationId),
                Optional.empty(), at);
    }

    /** @param reason why the order was given up, kept in case the void has to become a refund */
    public static PaymentOperation voiding(PaymentOperationId id, OrderId orderId, String authorizationId,
                                           Money amount, Optional<String> reason, Instant at) {
        return pending(id, orderId, Kind.VOID, amount, key(orderId, "void"), Optional.of(authorizationId),
                reason, at);
    }

    /**
     * @param requestKey the {@code Idempotency-Key} of the request that asked for the refund, so
     *                   that its retry finds this refund instead of making another
     */
    public static PaymentOperation refund(PaymentOperationId id, OrderId orderId, String authorizationId,
                                          Money amount, Optional<String> reason, Optional<String> requestKey,
                                          Instant at) {
        return pending(id, orderId, Kind.REFUND, amount, refundKey(orderId, requestKey.orElse(id.toString())),
                Optional.of(authorizationId), reason, at);
    }

    /** The gateway key of the refund asked for under {@code requestKey}. */
    public static String refundKey(OrderId orderId, String requestKey) {
        return key(orderId, "refund:" + requestKey);
    }

    public boolean isPending() {
        return state == State.PENDING;
    }

    /** The network did it; an authorization learns its id here. */
    public PaymentOperation succeeded(Optional<String> learnedAuthorizationId, Instant at) {
        requirePending();
        return new PaymentOperation(id, orderId, kind, amount, gatewayKey, State.SUCCEEDED,
                authorizationId.or(() -> learnedAuthorizationId), reason, error, attempts, createdAt,
                Optional.of(at), account);
    }

    /** It did not happen, and will not: declined, refused, or abandoned. */
    public PaymentOperation failed(String why, Instant at) {
        requirePending();
        return new PaymentOperation(id, orderId, kind, amount, gatewayKey, State.FAILED, authorizationId, reason,
                Optional.of(why), attempts, createdAt, Optional.of(at), account);
    }

    /** Another call went unanswered; the operation stays pending. */
    public PaymentOperation attemptFailed(String why) {
        requirePending();
        return new PaymentOperation(id, orderId, kind, amount, gatewayKey, state, authorizationId, reason,
                Optional.of(why), attempts + 1, createdAt, settledAt, account);
    }

    private void requirePending() {
        if (!isPending()) {
            throw new IllegalStateException("payment operation " + id + " is " + state + " already");
        }
    }

    private static PaymentOperation pending(PaymentOperationId id, OrderId orderId, Kind kind, Money amount,
                                            String gatewayKey, Optional<String> authorizationId,
                                            Optional<String> reason, Instant at) {
        return new PaymentOperation(id, orderId, kind, amount, gatewayKey, State.PENDING, authorizationId, reason,
                Optional.empty(), 0, at, Optional.empty(), Optional.empty());
    }

    private static String key(OrderId orderId, String what) {
        return "order:" + orderId + ":" + what;
    }

    private static String shortened(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
