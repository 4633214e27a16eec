package dev.chit.adapters.payment;

import dev.chit.domain.money.Money;
import dev.chit.domain.port.PaymentGateway.AuthorizationState;

/**
 * One authorization as the sandbox network holds it, for tests to look at: how much was
 * reserved, captured and refunded, whether it was voided, and where the guest's
 * authentication stands when the card asked for one.
 */
public record SandboxAuthorization(String id, Money authorized, Money captured, Money refunded, boolean voided,
                                   Authentication authentication) {

    /** The guest's 3-D Secure step: none asked, still awaited, passed or failed. */
    public enum Authentication {
        NOT_REQUIRED, AWAITED, PASSED, FAILED
    }

    boolean isCaptured() {
        return !captured.isZero();
    }

    /** Whether it reserves the money: approved at once, or once the guest authenticated. */
    boolean reserves() {
        return authentication == Authentication.NOT_REQUIRED || authentication == Authentication.PASSED;
    }

    AuthorizationState state() {
        if (voided || authentication == Authentication.FAILED) {
            return AuthorizationState.FAILED;
        }
        if (authentication == Authentication.AWAITED) {
            return AuthorizationState.REQUIRES_ACTION;
        }
        return isCaptured() ? AuthorizationState.CAPTURED : AuthorizationState.AUTHORIZED;
    }

    SandboxAuthorization capture(Money amount) {
        return new SandboxAuthorization(id, authorized, amount, refunded, voided, authentication);
    }

    SandboxAuthorization voidIt() {
        return new SandboxAuthorization(id, authorized, captured, refunded, true, authentication);
    }

    SandboxAuthorization refund(Money amount) {
        return new SandboxAuthorization(id, authorized, captured, refunded.plus(amount), voided, authentication);
    }

    SandboxAuthorization authenticated(boolean passed) {
        return new SandboxAuthorization(id, authorized, captured, refunded, voided,
                passed ? Authentication.PASSED : Authentication.FAILED);
    }
}
