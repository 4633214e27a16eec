package dev.chit.application.testing;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.PaymentGateway;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A card network for the use cases' tests, as small as they need: {@code tok_visa} and
 * {@code pm_card_visa} are approved, any other {@code pm_} is refused as unknown,
 * {@code tok_declined} and {@code tok_insufficient_funds} are declined, {@code tok_error} gets
 * no answer. A key's first outcome is replayed, and only calls that were carried out are
 * counted. Faults can be lined up for the next calls. Synchronized, for the web adapter's tests,
 * whose requests run on threads of their own. (The sandbox gateway of {@code adapters-payment}
 * is the full one; these tests cannot depend on an adapter.)
 */
public final class FakeCardNetwork implements PaymentGateway {

    /** A call the network carried out (replays are not counted again). */
    public record Call(String operation, String authorizationId, long amount, String key) {
    }

    /** Every call as it was asked, replays and failures included: which account it was for. */
    public record Asked(String operation, PaymentAccount account) {
    }

    public enum Fault {
        /** The call fails before it reaches the network: nothing happens. */
        BEFORE,
        /** The network carries the call out, and the answer is lost. */
        AFTER
    }

    private final Map<String, Object> outcomes = new HashMap<>();
    private final List<Call> carriedOut = new ArrayList<>();
    private final List<Asked> asked = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private int authorizations;
    private final Map<String, AuthorizationState> awaitingGuest = new HashMap<>();

    @Override
    public synchronized AuthorizationOutcome authorize(PaymentAccount account, ChargeFor purpose, String cardToken,
                                                       Money amount, String idempotencyKey) {
        asked.add(new Asked("authorize", account));
        Object outcome = once(idempotencyKey, () -> switch (cardToken) {
            case "tok_visa", "pm_card_visa" -> {
                Authorization granted = new Authorization("auth_" + (++authorizations));
                carriedOut.add(new Call("authorize", granted.authorizationId(), amount.minorUnits(), idempotencyKey));
                yield granted;
            }
            case "pm_card_authenticationRequired" -> {
                String id = "auth_" + (++authorizations);
                awaitingGuest.put(id, AuthorizationState.REQUIRES_ACTION);
                carriedOut.add(new Call("authorize", id, amount.minorUnits(), idempotencyKey));
                yield new NeedsAuthentication(id, id + "_secret_fake");
            }
            case "tok_declined" -> new Declined("card_declined");
            case "tok_insufficient_funds" -> new Declined("insufficient_funds");
            case "tok_error" -> throw new Unavailable("the network is down", null);
            default -> cardToken.startsWith("pm_")
                    ? new Refused("resource_missing", "no such PaymentMethod")
                    : new Declined("invalid_token");
        });
        if (outcome instanceof Refused refused) {
            throw new Refused(refused.code(), refused.getMessage());
        }
        if (outcome instanceof Declined declined) {
            throw new Declined(declined.declineCode());
        }
        return (AuthorizationOutcome) outcome;
    }

    /** The guest's bank answers the authentication of {@code authorizationId}: passed or failed. */
    public synchronized void completeAuthentication(String authorizationId, boolean passed) {
        awaitingGuest.put(authorizationId, passed ? AuthorizationState.AUTHORIZED : AuthorizationState.FAILED);
    }

    @Override
    public synchronized void capture(PaymentAccount account, String authorizationId, Money amount, String idempotencyKey) {
        asked.add(new Asked("capture", account));
        carryOut("capture", authorizationId, amount.minorUnits(), idempotencyKey);
    }

    @Override
    public synchronized void voidAuthorization(PaymentAccount account, String authorizationId, String idempotencyKey) {
        asked.add(new Asked("void", account));
        carryOut("void", authorizationId, 0, idempotencyKey);
    }

    @Override
    public synchronized void refund(PaymentAccount account, String authorizationId, Money amount, String idempotencyKey) {
        asked.add(new Asked("refund", account));
        carryOut("refund", authorizationId, amount.minorUnits(), idempotencyKey);
    }

    @Override
    public synchronized AuthorizationState authorizationState(PaymentAccount account, String authorizationId) {
        asked.add(new Asked("state", account));
        boolean known = carriedOut.stream().anyMatch(call -> call.authorizationId().equals(authorizationId));
        if (!known) {
            throw new Refused("resource_missing", "no authorization " + authorizationId);
        }
        return carriedOut.stream().anyMatch(call -> call.authorizationId().equals(authorizationId)
                && call.operation().equals("void")) ? AuthorizationState.FAILED
                : awaitingGuest.getOrDefault(authorizationId, AuthorizationState.AUTHORIZED);
    }

    @Override
    public synchronized Optional<Authorization> findAuthorization(PaymentAccount account, OrderId orderId,
                                                                  String idempotencyKey) {
        asked.add(new Asked("find", account));
        return Optional.ofNullable(outcomes.get(idempotencyKey))
                .filter(Authorization.class::isInstance).map(Authorization.class::cast);
    }

    /** Lines up {@code fault} for each of the next {@code calls} calls. */
    public synchronized void failNext(int calls, Fault fault) {
        for (int i = 0; i < calls; i++) {
            faults.add(fault);
        }
    }

    public synchronized List<Asked> asked() {
        return List.copyOf(asked);
    }

    public synchronized List<Call> calls() {
        return List.copyOf(carriedOut);
    }

    public synchronized List<Call> calls(String operation) {
        return carriedOut.stream().filter(call -> call.operation().equals(operation)).toList();
    }

    private void carryOut(String operation, String authorizationId, long amount, String key) {
        once(key, () -> {
            carriedOut.add(new Call(operation, authorizationId, amount, key));
            return operation;
        });
    }

    private Object once(String key, java.util.function.Supplier<Object> call) {
        Fault fault = faults.poll();
        if (fault == Fault.BEFORE) {
            throw new Unavailable("injected: failed before reaching the network", null);
        }
        Object outcome = outcomes.get(key);
        if (outcome == null) {
            outcome = call.get();
            outcomes.put(key, outcome);
        }
        if (fault == Fault.AFTER) {
            throw new Unavailable("injected: the answer was lost", null);
        }
        return outcome;
    }
}
