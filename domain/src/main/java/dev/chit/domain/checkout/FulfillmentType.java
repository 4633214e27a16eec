package dev.chit.domain.checkout;

/** How the food reaches the guest. */
public enum FulfillmentType {
    PICKUP,
    DELIVERY,
    DINE_IN
}
