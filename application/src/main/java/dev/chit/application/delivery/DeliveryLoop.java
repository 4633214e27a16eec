package dev.chit.application.delivery;

import dev.chit.application.delivery.Courier.Carried;
import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.delivery.Queued;
import dev.chit.domain.port.DeliveryQueue;
import dev.chit.domain.port.Transactions;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sender of one queue, run by a job: claims what is due, has the {@link Courier} carry each
 * message, and settles it. A failure is tried again per the {@link RetryPolicy}; after the
 * policy gives up, or at once when the failure is permanent, the message is dead. The claim
 * commits before anything is sent, and each outcome in a transaction of its own after: a crash
 * in between sends again (at least once), under the same message id.
 *
 * <p>When its server stops ({@link #stop}), the messages claimed and not yet begun are given
 * back at once rather than left to their lease: another server sends them without waiting.
 *
 * <p>Log lines are {@code event=<name>-delivered|-retry|-dead|-released} with the courier's description.
 */
public final class DeliveryLoop<M extends Queued> {

    private static final Logger LOG = System.getLogger(DeliveryLoop.class.getName());

    private final String name;
    private final DeliveryQueue<M> queue;
    private final Courier<M> courier;
    private final Transactions transactions;
    private final Clock clock;
    private final RetryPolicy policy;
    private volatile boolean stopping;

    /** @param name what the log lines call these messages ({@code notification}, {@code webhook}) */
    public DeliveryLoop(String name, DeliveryQueue<M> queue, Courier<M> courier, Transactions transactions,
                        Clock clock, RetryPolicy policy) {
        this.name = name;
        this.queue = queue;
        this.courier = courier;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
    }

    /** Sends what is due, batch after batch, until nothing is; answers how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        while (true) {
            List<Leased<M>> claimed = transactions.inTransaction(
                    () -> queue.claimDue(clock.instant(), policy.lease(), policy.batch()));
            for (Leased<M> leased : claimed) {
                if (stopping) {
                    release(leased);
                } else if (deliver(leased)) {
                    delivered++;
                }
            }
            if (stopping || claimed.size() < policy.batch()) {
                return delivered;
            }
        }
    }

    /**
     * The server is stopping: the message in hand is finished, the others claimed with it are
     * given back, and no more are claimed. Safe to call from any thread.
     */
    public void stop() {
        stopping = true;
    }

    private void release(Leased<M> leased) {
        if (transactions.inTransaction(() -> queue.release(leased, clock.instant()))) {
            LOG.log(Level.INFO, "event={0}-released id={1} {2}", name, leased.message().id(),
                    courier.describe(leased.message()));
        }
    }

    private Carried carry(M message) {
        try {
            return courier.carry(message);
        } catch (RuntimeException fault) {
            return Carried.failed(fault.toString(), false);
        }
    }

    private boolean deliver(Leased<M> leased) {
        M message = leased.message();
        Carried carried = carry(message);
        Instant now = clock.instant();
        return switch (carried) {
            case Carried.Vanished vanished -> false;
            case Carried.Delivered delivered -> {
                var attempt = new Attempt(now, delivered.statusCode(), Optional.empty());
                transactions.inTransaction(() -> queue.delivered(leased, attempt));
                LOG.log(Level.INFO, "event={0}-delivered id={1} {2} attempt={3}",
                        name, message.id(), courier.describe(message), message.attempts());
                yield true;
            }
            case Carried.Failed failed -> {
                failed(leased, new Attempt(now, failed.statusCode(), Optional.of(failed.error())), failed.permanent());
                yield false;
            }
        };
    }

    private void failed(Leased<M> leased, Attempt attempt, boolean permanent) {
        M message = leased.message();
        String error = attempt.error().orElse("");
        if (permanent || policy.givesUp(message.attemptsSince(), attempt.at())) {
            transactions.inTransaction(() -> {
                boolean dead = queue.dead(leased, attempt);
                if (dead) {
                    courier.givenUp(message);
                }
                return dead;
            });
            LOG.log(Level.WARNING, "event={0}-dead id={1} {2} attempts={3} error=\"{4}\"",
                    name, message.id(), courier.describe(message), message.attempts(), error);
            return;
        }
        Instant next = attempt.at().plus(policy.backoffAfter(message.attempts()));
        transactions.inTransaction(() -> queue.retryAt(leased, attempt, next));
        LOG.log(Level.WARNING, "event={0}-retry id={1} {2} attempts={3} next={4} error=\"{5}\"",
                name, message.id(), courier.describe(message), message.attempts(), next, error);
    }
}
