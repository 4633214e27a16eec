package dev.chit.domain.order;

import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderEvent.OrderDelayed;
import dev.chit.domain.order.OrderEvent.OrderPlaced;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import dev.chit.domain.order.OrderEvent.PaymentChanged;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.station.StationRouting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import static dev.chit.domain.error.Checks.boundedText;
import static dev.chit.domain.error.Checks.inRange;

/**
 * The order aggregate: what was sold, for how much, to whom, and where it stands. It is
 * immutable; each move returns the order as it is after the move together with the event it
 * emits. The order alone decides which moves are allowed (see {@link TransitionTable}) and
 * what each move asks of the payment.
 *
 * <p>{@code version} is the version this copy was read at; the repository refuses to store a
 * copy whose version is no longer current ({@link StaleOrder}).
 */
public record Order(
        OrderId id,
        long number,
        RestaurantId restaurantId,
        OrderStatus status,
        PaymentStatus paymentStatus,
        Fulfillment fulfillment,
        Optional<Instant> scheduledFor,
        Customer customer,
        List<OrderLine> lines,
        OrderTotals totals,
        Money refunded,
        Optional<String> notes,
        Instant placedAt,
        Optional<Instant> acceptedAt,
        Instant estimatedReadyAt,
        Optional<Instant> readyAt,
        Optional<Instant> completedAt,
        List<HistoryEntry> history,
        long version) {

    public static final int MAX_NOTES_LENGTH = 500;
    public static final int MIN_DELAY_MINUTES = 5;
    public static final int MAX_DELAY_MINUTES = 120;

    public Order {
        Objects.requireNonNull(id, "id");
        if (number < 1) {
            throw new IllegalArgumentException("order numbers start at 1");
        }
        Objects.requireNonNull(restaurantId, "restaurantId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(paymentStatus, "paymentStatus");
        Objects.requireNonNull(fulfillment, "fulfillment");
        Objects.requireNonNull(scheduledFor, "scheduledFor");
        Objects.requireNonNull(customer, "customer");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(refunded, "refunded");
        notes = Objects.requireNonNull(notes, "notes").map(String::strip).filter(n -> !n.isEmpty())
                .map(n -> boundedText(n, "notes", MAX_NOTES_LENGTH));
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(estimatedReadyAt, "estimatedReadyAt");
        Objects.requireNonNull(readyAt, "readyAt");
        Objects.requireNonNull(completedAt, "completedAt");
        history = List.copyOf(history);
    }

    /**
     * A new order from a quote, {@code PLACED}, with its first history entry.
     *
     * @param lineIds gives each line its id (time-ordered, from the id generator)
     */
    public static Placement place(
            OrderId id,
            long number,
            Quote quote,
            Customer customer,
            Optional<String> notes,
            PaymentStatus paymentStatus,
            Actor placedBy,
            Supplier<OrderLineId> lineIds,
            Instant at) {
        return place(id, number, quote, customer, notes, paymentStatus, placedBy, lineIds, StationRouting.NONE, at);
    }

    /**
     * As {@link #place(OrderId, long, Quote, Customer, Optional, PaymentStatus, Actor, Supplier, Instant)},
     * each line sent to the stations {@code routing} names: fixed now, so that stations set up
     * differently later never move the lines of an order already placed.
     */
    public static Placement place(
            OrderId id,
            long number,
            Quote quote,
            Customer customer,
            Optional<String> notes,
            PaymentStatus paymentStatus,
            Actor placedBy,
            Supplier<OrderLineId> lineIds,
            StationRouting routing,
            Instant at) {
        List<OrderLine> lines = new ArrayList<>();
        for (var line : quote.lines()) {
            lines.add(new OrderLine(lineIds.get(), line.menuItemId(), line.name(), line.quantity(),
                    line.unitPrice(), line.options(), line.note(), line.lineTotal(),
                    routing.stationsFor(line.menuItemId()), Optional.empty()));
        }
        HistoryEntry placed = new HistoryEntry(Optional.empty(), OrderStatus.PLACED, at, placedBy, Optional.empty());
        Order order = new Order(id, number, quote.restaurantId(), OrderStatus.PLACED, paymentStatus,
                quote.fulfillment(), quote.scheduledFor(), customer, lines, OrderTotals.of(quote),
                Money.zero(quote.currency()), notes, at, Optional.empty(), quote.estimatedReadyAt(),
                Optional.empty(), Optional.empty(), List.of(placed), 0);
        return new Placement(order, new OrderPlaced(id, quote.restaurantId(), at));
    }

    /**
     * Moves the order as {@code request} asks, if the table allows it for {@code by}.
     *
     * @throws InvalidTransition      when there is no such move from the current status
     * @throws TransitionNotPermitted when {@code by} may not make it
     * @throws dev.chit.domain.error.InvalidInput when a required reason or prep time is missing
     */
    public Transitioned transition(TransitionRequest request, Actor by, Instant at) {
        TransitionTable.check(status, fulfillment.type(), request, by);
        OrderStatus to = request.to();
        Optional<Instant> newAcceptedAt = acceptedAt;
        Instant newEstimate = estimatedReadyAt;
        Optional<Instant> newReadyAt = readyAt;
        Optional<Instant> newCompletedAt = completedAt;
        switch (to) {
            case ACCEPTED -> {
                newAcceptedAt = Optional.of(at);
                newEstimate = promiseOnAccept(request.prepTime().orElseThrow(), at);
            }
            case READY -> newReadyAt = Optional.of(at);
            case COMPLETED -> newCompletedAt = Optional.of(at);
            default -> {
            }
        }
        List<HistoryEntry> newHistory = new ArrayList<>(history);
        newHistory.add(new HistoryEntry(Optional.of(status), to, at, by, request.reason()));
        Order moved = new Order(id, number, restaurantId, to, paymentStatus, fulfillment, scheduledFor,
                customer, lines, totals, refunded, notes, placedAt, newAcceptedAt, newEstimate, newReadyAt,
                newCompletedAt, newHistory, version);
        OrderStatusChanged event = new OrderStatusChanged(id, restaurantId, status, to, by, request.reason(),
                paymentActionFor(to), at);
        return new Transitioned(moved, event);
    }

    /**
     * The kitchen announces a delay of {@value #MIN_DELAY_MINUTES} to {@value #MAX_DELAY_MINUTES}
     * minutes: the promise moves later, and the event tells the board and, through it, the guest.
     *
     * @throws dev.chit.domain.error.InvalidInput when the delay is out of range or the reason too long
     * @throws InvalidTransition                 unless the order is accepted or preparing
     */
    public Delayed delay(Duration delay, Optional<String> reason, Actor by, Instant at) {
        inRange(Math.clamp(delay.toMinutes(), Integer.MIN_VALUE, Integer.MAX_VALUE),
                MIN_DELAY_MINUTES, MAX_DELAY_MINUTES, "minutes");
        Optional<String> why = reason.map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> boundedText(r, "reason", TransitionRequest.MAX_REASON_LENGTH));
        Order later = delayedBy(delay);
        return new Delayed(later, new OrderDelayed(id, restaurantId, delay, later.estimatedReadyAt(), by, why, at));
    }

    /** Pushes the promise later (a delay the kitchen announces). */
    public Order delayedBy(Duration delay) {
        if (status != OrderStatus.ACCEPTED && status != OrderStatus.PREPARING) {
            throw new InvalidTransition(status, status, "only accepted or preparing orders can be delayed");
        }
        return withPromise(estimatedReadyAt.plus(delay));
    }

    public Order withPromise(Instant newEstimate) {
        return new Order(id, number, restaurantId, status, paymentStatus, fulfillment, scheduledFor, customer,
                lines, totals, refunded, notes, placedAt, acceptedAt, newEstimate, readyAt, completedAt,
                history, version);
    }

    /** Records what the payment gateway did for this order. */
    public PaymentRecorded paymentIs(PaymentStatus newStatus, Instant at) {
        Order changed = new Order(id, number, restaurantId, status, newStatus, fulfillment, scheduledFor,
                customer, lines, totals, refunded, notes, placedAt, acceptedAt, estimatedReadyAt, readyAt,
                completedAt, history, version);
        return new PaymentRecorded(changed, new PaymentChanged(id, restaurantId, newStatus, at));
    }

    /** What may still be refunded: the captured total less the refunds so far. */
    public Money refundable() {
        return switch (paymentStatus) {
            case CAPTURED, PARTIALLY_REFUNDED -> totals.total().minus(refunded);
            default -> Money.zero(currency());
        };
    }

    /**
     * Records a refund of {@code amount}; the sum of refunds never exceeds what was captured.
     *
     * @throws RefundNotAllowed when nothing was captured, or the amount is too much or not positive
     */
    public PaymentRecorded refund(Money amount, Instant at) {
        if (amount.minorUnits() <= 0) {
            throw new RefundNotAllowed("a refund must be a positive amount");
        }
        if (paymentStatus != PaymentStatus.CAPTURED && paymentStatus != PaymentStatus.PARTIALLY_REFUNDED) {
            throw new RefundNotAllowed("nothing was captured for this order (payment is " + paymentStatus + ")");
        }
        if (amount.isGreaterThan(refundable())) {
            throw new RefundNotAllowed("at most " + refundable().minorUnits() + " minor units can still be refunded");
        }
        Money newRefunded = refunded.plus(amount);
        PaymentStatus newStatus = newRefunded.equals(totals.total())
                ? PaymentStatus.REFUNDED
                : PaymentStatus.PARTIALLY_REFUNDED;
        Order changed = new Order(id, number, restaurantId, status, newStatus, fulfillment, scheduledFor,
                customer, lines, totals, newRefunded, notes, placedAt, acceptedAt, estimatedReadyAt, readyAt,
                completedAt, history, version);
        return new PaymentRecorded(changed, new PaymentChanged(id, restaurantId, newStatus, at));
    }

    public Currency currency() {
        return totals.currency();
    }

    /** The same order as stored at {@code newVersion}; for repositories after a write. */
    public Order atVersion(long newVersion) {
        return new Order(id, number, restaurantId, status, paymentStatus, fulfillment, scheduledFor, customer,
                lines, totals, refunded, notes, placedAt, acceptedAt, estimatedReadyAt, readyAt, completedAt,
                history, newVersion);
    }

    private Instant promiseOnAccept(Duration prep, Instant at) {
        Instant earliest = at.plus(prep);
        return scheduledFor.filter(earliest::isBefore).orElse(earliest);
    }

    private PaymentAction paymentActionFor(OrderStatus to) {
        return switch (to) {
            case ACCEPTED -> paymentStatus == PaymentStatus.AUTHORIZED ? PaymentAction.CAPTURE : PaymentAction.NONE;
            case REJECTED, CANCELLED -> switch (paymentStatus) {
                case AUTHORIZED -> PaymentAction.VOID;
                case CAPTURED, PARTIALLY_REFUNDED -> PaymentAction.REFUND_REMAINING;
                default -> PaymentAction.NONE;
            };
            default -> PaymentAction.NONE;
        };
    }

    /** A newly placed order and the event it emits. */
    public record Placement(Order order, OrderPlaced event) {
    }

    /** An order after a move, and the event the move emits. */
    public record Transitioned(Order order, OrderStatusChanged event) {
    }

    /** An order with a later promise, and the event that announces it. */
    public record Delayed(Order order, OrderDelayed event) {
    }

    /** An order after a payment change, and the event it emits. */
    public record PaymentRecorded(Order order, PaymentChanged event) {
    }
}
