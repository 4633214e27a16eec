package dev.chit.domain.payment;

import java.util.Objects;
import java.util.UUID;

public record PaymentOperationId(UUID value) {

    public PaymentOperationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
