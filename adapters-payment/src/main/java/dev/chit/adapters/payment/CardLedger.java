package dev.chit.adapters.payment;

import dev.chit.domain.money.Money;
import dev.chit.adapters.payment.SandboxAuthorization.Authentication;
import dev.chit.domain.port.PaymentGateway.Authorization;
import dev.chit.domain.port.PaymentGateway.NeedsAuthentication;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox network's books: which cards approve, and what each authorization has reserved,
 * captured and refunded. It enforces the network's rules (capture once and at most what was
 * authorized, void only what was not captured, never refund more than was captured) and says
 * so with a {@link Reply}, the way the network answers. Not thread-safe: the gateway calls it
 * under its lock.
 */
final class CardLedger {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SandboxAuthorization> authorizations = new HashMap<>();

    Reply authorize(String paymentMethod, Money amount) {
        if (!amount.isGreaterThan(Money.zero(amount.currency()))) {
            return new Reply.Refused("invalid_amount", "an authorization must be for a positive amount");
        }
        return switch (paymentMethod) {
            case SandboxGateway.VISA, SandboxGateway.PM_VISA ->
                    new Reply.Approved(new Authorization(open(amount, Authentication.NOT_REQUIRED).id()));
            case SandboxGateway.PM_AUTHENTICATION_REQUIRED -> {
                String id = open(amount, Authentication.AWAITED).id();
                yield new Reply.Approved(new NeedsAuthentication(id, id + "_secret_" + randomHex()));
            }
            case SandboxGateway.DECLINED, SandboxGateway.PM_DECLINED -> new Reply.Declined("card_declined");
            case SandboxGateway.INSUFFICIENT_FUNDS, SandboxGateway.PM_INSUFFICIENT_FUNDS ->
                    new Reply.Declined("insufficient_funds");
            // As Stripe answers a PaymentMethod it does not know: the request itself is wrong.
            default -> paymentMethod.startsWith("pm_")
                    ? refused("resource_missing", "there is no PaymentMethod of that id")
                    : new Reply.Declined("invalid_token");
        };
    }

    private SandboxAuthorization open(Money amount, Authentication authentication) {
        Money none = Money.zero(amount.currency());
        var authorization = new SandboxAuthorization("auth_" + randomHex(), amount, none, none, false,
                authentication);
        authorizations.put(authorization.id(), authorization);
        return authorization;
    }

    /** The guest's answer to the bank's 3-D Secure challenge; only an authorization awaiting one takes it. */
    Reply authenticate(String authorizationId, boolean passed) {
        return withAuthorization(authorizationId, authorization -> {
            if (authorization.authentication() != Authentication.AWAITED || authorization.voided()) {
                return refused("payment_intent_unexpected_state", "this authorization awaits no authentication");
            }
            authorizations.put(authorizationId, authorization.authenticated(passed));
            return new Reply.Done();
        });
    }

    Reply capture(String authorizationId, Money amount) {
        return withAuthorization(authorizationId, authorization -> {
            if (authorization.voided()) {
                return refused("authorization_voided", "a voided authorization cannot be captured");
            }
            if (!authorization.reserves()) {
                return refused("payment_intent_unexpected_state", "the guest has not authenticated this payment");
            }
            if (authorization.isCaptured()) {
                return refused("already_captured", "this authorization was captured already");
            }
            Optional<Reply> wrongAmount = checkAmount(amount, authorization.authorized(), "the authorized amount");
            if (wrongAmount.isPresent()) {
                return wrongAmount.get();
            }
            authorizations.put(authorizationId, authorization.capture(amount));
            return new Reply.Done();
        });
    }

    Reply voidAuthorization(String authorizationId) {
        return withAuthorization(authorizationId, authorization -> {
            if (authorization.isCaptured()) {
                return refused("already_captured", "a captured authorization cannot be voided; refund it");
            }
            if (authorization.voided()) {
                return refused("already_voided", "this authorization was voided already");
            }
            authorizations.put(authorizationId, authorization.voidIt());
            return new Reply.Done();
        });
    }

    Reply refund(String authorizationId, Money amount) {
        return withAuthorization(authorizationId, authorization -> {
            if (!authorization.isCaptured()) {
                return refused("not_captured", "nothing was captured on this authorization");
            }
            Optional<Reply> wrongAmount = checkAmount(amount, authorization.captured().minus(authorization.refunded()),
                    "what is left of the capture");
            if (wrongAmount.isPresent()) {
                return wrongAmount.get();
            }
            authorizations.put(authorizationId, authorization.refund(amount));
            return new Reply.Done();
        });
    }

    Optional<SandboxAuthorization> find(String authorizationId) {
        return Optional.ofNullable(authorizations.get(authorizationId));
    }

    private Reply withAuthorization(String authorizationId,
                                    java.util.function.Function<SandboxAuthorization, Reply> action) {
        SandboxAuthorization authorization = authorizations.get(authorizationId);
        if (authorization == null) {
            return refused("no_such_authorization", "there is no authorization " + authorizationId);
        }
        return action.apply(authorization);
    }

    private static Optional<Reply> checkAmount(Money amount, Money limit, String what) {
        if (!amount.currency().equals(limit.currency())) {
            return Optional.of(refused("currency_mismatch", "the amount must be in " + limit.currency()));
        }
        if (!amount.isGreaterThan(Money.zero(amount.currency()))) {
            return Optional.of(refused("invalid_amount", "the amount must be positive"));
        }
        if (amount.isGreaterThan(limit)) {
            return Optional.of(refused("amount_too_large", "the amount exceeds " + what + " (" + limit.minorUnits()
                    + " minor units)"));
        }
        return Optional.empty();
    }

    private static Reply refused(String code, String message) {
        return new Reply.Refused(code, message);
    }

    private static String randomHex() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
