package dev.chit.domain.notification;

import dev.chit.domain.order.Order;
import dev.chit.domain.restaurant.Restaurant;

import java.util.Objects;
import java.util.UUID;

/**
 * An email to the guest, before it is written out: the notice, the order it is about and the
 * restaurant it comes from (its name signs the email, its time zone tells the time).
 *
 * @param messageId the outbox message's id, the same on every attempt
 */
public record GuestEmail(UUID messageId, GuestNotice notice, Order order, Restaurant restaurant) {

    public GuestEmail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(restaurant, "restaurant");
    }
}
