package dev.chit.adapters.payment;

import dev.chit.domain.money.Money;

/**
 * One authorization as the sandbox network holds it, for tests to look at: how much was
 * reserved, captured and refunded, and whether it was voided.
 */
public record SandboxAuthorization(String id, Money authorized, Money captured, Money refunded, boolean voided) {

    boolean isCaptured() {
        return !captured.isZero();
    }

    SandboxAuthorization capture(Money amount) {
        return new SandboxAuthorization(id, authorized, amount, refunded, voided);
    }

    SandboxAuthorization voidIt() {
        return new SandboxAuthorization(id, authorized, captured, refunded, true);
    }

    SandboxAuthorization refund(Money amount) {
        return new SandboxAuthorization(id, authorized, captured, refunded.plus(amount), voided);
    }
}
