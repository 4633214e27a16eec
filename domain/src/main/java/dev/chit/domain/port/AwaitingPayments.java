package dev.chit.domain.port;

import dev.chit.domain.order.OrderId;

import java.time.Instant;
import java.util.List;

/** Orders that wait for the guest's bank (3-D Secure, {@code AWAITING_PAYMENT}), of every restaurant. */
public interface AwaitingPayments {

    /** Those that began waiting at or before {@code startedBy}, oldest first, at most {@code limit}. */
    List<OrderId> waitingSince(Instant startedBy, int limit);
}
