package dev.chit.adapters.payment;

import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.PaymentGateway.AuthorizationOutcome;

import java.util.Optional;

/**
 * What the network answered to a call, kept under the call's idempotency key so that the same
 * key gets the same answer again: approvals, declines and refusals alike.
 */
sealed interface Reply {

    /** Gives the answer to the caller: the authorization, if one was made, or throws what the network said. */
    Optional<AuthorizationOutcome> deliver();

    record Approved(AuthorizationOutcome outcome) implements Reply {
        @Override
        public Optional<AuthorizationOutcome> deliver() {
            return Optional.of(outcome);
        }
    }

    record Done() implements Reply {
        @Override
        public Optional<AuthorizationOutcome> deliver() {
            return Optional.empty();
        }
    }

    record Declined(String declineCode) implements Reply {
        @Override
        public Optional<AuthorizationOutcome> deliver() {
            throw new PaymentGateway.Declined(declineCode);
        }
    }

    record Refused(String code, String message) implements Reply {
        @Override
        public Optional<AuthorizationOutcome> deliver() {
            throw new PaymentGateway.Refused(code, message);
        }
    }
}
