package dev.chit.adapters.persistence.events;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.restaurant.RestaurantId;

/**
 * How a stored event is made known to the live boards: on PostgreSQL by a {@code NOTIFY} in
 * the event's own transaction, which the database delivers to every listening instance when
 * (and only if) it commits; on the embedded database, which one process owns, by an
 * in-process signal after the commit.
 */
public sealed interface EventAnnouncer permits PostgresOrderEventSignals.Notify, InProcessOrderEventSignals {

    /** Called inside the transaction that stored the event. */
    void announce(Statements sql, RestaurantId restaurantId, long seq);
}
