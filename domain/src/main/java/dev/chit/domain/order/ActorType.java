package dev.chit.domain.order;

/** Who moved an order: the guest, someone of the restaurant, or Chit itself. */
public enum ActorType {
    CUSTOMER,
    STAFF,
    SYSTEM
}
