package dev.chit.domain.notification;

import dev.chit.domain.restaurant.Restaurant;

import java.util.Objects;
import java.util.UUID;

/**
 * An email to a manager, before it is written out: the alert and its restaurant (its name and
 * time zone).
 *
 * @param messageId the outbox message's id, the same on every attempt
 */
public record ManagerEmail(UUID messageId, ManagerAlert alert, Restaurant restaurant) {

    public ManagerEmail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(restaurant, "restaurant");
    }
}
