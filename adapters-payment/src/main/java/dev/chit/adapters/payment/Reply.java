package dev.chit.adapters.payment;

import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.PaymentGateway.Authorization;

import java.util.Optional;

/**
 * What the network answered to a call, kept under the call's idempotency key so that the same
 * key gets the same answer again: approvals, declines and refusals alike.
 */
sealed interface Reply {

    /** Gives the answer to the caller: the authorization, if one was granted, or throws what the network said. */
    Optional<Authorization> deliver();

    record Approved(Authorization authorization) implements Reply {
        @Override
        public Optional<Authorization> deliver() {
            return Optional.of(authorization);
        }
    }

    record Done() implements Reply {
        @Override
        public Optional<Authorization> deliver() {
            return Optional.empty();
        }
    }

    record Declined(String declineCode) implements Reply {
        @Override
        public Optional<Authorization> deliver() {
            throw new PaymentGateway.Declined(declineCode);
        }
    }

    record Refused(String code, String message) implements Reply {
        @Override
        public Optional<Authorization> deliver() {
            throw new PaymentGateway.Refused(code, message);
        }
    }
}
