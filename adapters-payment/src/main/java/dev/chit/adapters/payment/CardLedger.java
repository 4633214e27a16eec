package dev.chit.adapters.payment;

import dev.chit.domain.money.Money;
import dev.chit.domain.port.PaymentGateway.Authorization;

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

    Reply authorize(String cardToken, Money amount) {
        if (!amount.isGreaterThan(Money.zero(amount.currency()))) {
            return new Reply.Refused("invalid_amount", "an authorization must be for a positive amount");
        }
        return switch (cardToken) {
            case SandboxGateway.VISA -> {
                String id = "auth_" + HexFormat.of().formatHex(randomBytes());
                Money none = Money.zero(amount.currency());
                authorizations.put(id, new SandboxAuthorization(id, amount, none, none, false));
                yield new Reply.Approved(new Authorization(id));
            }
            case SandboxGateway.DECLINED -> new Reply.Declined("card_declined");
            case SandboxGateway.INSUFFICIENT_FUNDS -> new Reply.Declined("insufficient_funds");
            default -> new Reply.Declined("invalid_token");
        };
    }

    Reply capture(String authorizationId, Money amount) {
        return withAuthorization(authorizationId, authorization -> {
            if (authorization.voided()) {
                return refused("authorization_voided", "a voided authorization cannot be captured");
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

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
