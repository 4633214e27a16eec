package dev.chit.domain.order;

/** Where an order is on its way from the guest's tap to the guest's hands. */
public enum OrderStatus {
    PLACED,
    ACCEPTED,
    PREPARING,
    READY,
    OUT_FOR_DELIVERY,
    COMPLETED,
    REJECTED,
    CANCELLED;

    /** Completed, rejected and cancelled orders never move again. */
    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED;
    }
}
