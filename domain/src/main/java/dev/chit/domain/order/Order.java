package dev.chit.domain.order;

import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderEvent.OrderDelayed;
import dev.chit.domain.order.OrderEvent.OrderDisputed;
import dev.chit.domain.order.OrderEvent.OrderPlaced;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import dev.chit.domain.order.OrderEvent.PaymentChanged;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.station.StationId;
import dev.chit.domain.station.StationRouting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * copy whose version is no longer current ({@link StaleOrder}). {@code disputed}: the guest's bank
 * told the card network the guest disputes the charge (a chargeback); it never clears by itself.
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
        long version,
        boolean disputed) {

    public static final int MAX_NOTES_LENGTH = 500;
    public static final int MIN_DELAY_MINUTES = 5;
    public static final int MAX_DELAY_MINUTES = 120;
    /** The {@code number} of an order that was never placed: it waited for the guest's bank, and may still. */
    public static final long UNNUMBERED = 0;
    public static final String PAYMENT_FAILED = "payment-failed";
    public static final String ABANDONED = "abandoned";
    /** The reason in the history entry of a refund made in the card network's dashboard, not through Chit. */
    public static final String REFUNDED_ELSEWHERE = "refunded-in-stripe";

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(restaurantId, "restaurantId");
        Objects.requireNonNull(status, "status");
        if (number < UNNUMBERED || number == UNNUMBERED && !mayBeUnnumbered(status)) {
            throw new IllegalArgumentException("order numbers start at 1; only an order never placed has none");
        }
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

    /** An order no guest disputed (every order until its bank says otherwise). */
    public Order(OrderId id, long number, RestaurantId restaurantId, OrderStatus status, PaymentStatus paymentStatus,
                 Fulfillment fulfillment, Optional<Instant> scheduledFor, Customer customer, List<OrderLine> lines,
                 OrderTotals totals, Money refunded, Optional<String> notes, Instant placedAt,
                 Optional<Instant> acceptedAt, Instant estimatedReadyAt, Optional<Instant> readyAt,
                 Optional<Instant> completedAt, List<HistoryEntry> history, long version) {
        this(id, number, restaurantId, status, paymentStatus, fulfillment, scheduledFor, customer, lines, totals,
                refunded, notes, placedAt, acceptedAt, estimatedReadyAt, readyAt, completedAt, history, version, false);
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
        if (paymentStatus != PaymentStatus.UNPAID && paymentStatus != PaymentStatus.AUTHORIZED) {
            throw new IllegalArgumentException("an order is placed authorized or unpaid, not " + paymentStatus);
        }
        return new Placement(opened(id, number, OrderStatus.PLACED, paymentStatus, quote, customer, notes, placedBy,
                lineIds, routing, at), new OrderPlaced(id, quote.restaurantId(), at));
    }

    private static Order opened(OrderId id, long number, OrderStatus status, PaymentStatus paymentStatus, Quote quote,
                                Customer customer, Optional<String> notes, Actor placedBy,
                                Supplier<OrderLineId> lineIds, StationRouting routing, Instant at) {
        List<OrderLine> lines = new ArrayList<>();
        for (var line : quote.lines()) {
            lines.add(new OrderLine(lineIds.get(), line.menuItemId(), line.name(), line.quantity(),
                    line.unitPrice(), line.options(), line.note(), line.lineTotal(),
                    0, routing.stationsFor(line.menuItemId()), Optional.empty(), line.taxRate()));
        }
        HistoryEntry first = new HistoryEntry(Optional.empty(), status, at, placedBy, Optional.empty());
        return new Order(id, number, quote.restaurantId(), status, paymentStatus,
                quote.fulfillment(), quote.scheduledFor(), customer, lines, OrderTotals.of(quote),
                Money.zero(quote.currency()), notes, at, Optional.empty(), quote.estimatedReadyAt(),
                Optional.empty(), Optional.empty(), List.of(first), 0);
    }

    /**
     * A new order from a quote whose payment waits for the guest's bank (3-D Secure): {@code
     * AWAITING_PAYMENT}, with no number and no kitchen to see it until {@link #placedAfterAuthentication}.
     */
    public static Order awaitingAuthentication(
            OrderId id,
            Quote quote,
            Customer customer,
            Optional<String> notes,
            Actor placedBy,
            Supplier<OrderLineId> lineIds,
            StationRouting routing,
            Instant at) {
        return opened(id, UNNUMBERED, OrderStatus.AWAITING_PAYMENT, PaymentStatus.REQUIRES_ACTION, quote, customer,
                notes, placedBy, lineIds, routing, at);
    }

    /**
     * The guest's bank confirmed the payment: the order takes its number and is placed now, and
     * emits what a placement emits (so the kitchen, the guest's email and the webhooks hear of it
     * once, as of any order).
     *
     * @throws InvalidTransition unless the order awaits its payment
     */
    public Placement placedAfterAuthentication(long newNumber, Instant at) {
        if (newNumber < 1) {
            throw new IllegalArgumentException("order numbers start at 1");
        }
        TransitionTable.check(status, fulfillment.type(), TransitionRequest.to(OrderStatus.PLACED), Actor.system());
        Order placed = copy().number(newNumber).status(OrderStatus.PLACED)
                .paymentStatus(authorized(at).order().paymentStatus()).placedAt(at)
                .historyAdding(new HistoryEntry(Optional.of(status), OrderStatus.PLACED, at, Actor.system(),
                        Optional.empty()))
                .build();
        return new Placement(placed, new OrderPlaced(id, restaurantId, at));
    }

    /** Whether the order was ever placed, and so has a number and is the kitchen's to see. */
    public boolean isNumbered() {
        return number != UNNUMBERED;
    }

    private static boolean mayBeUnnumbered(OrderStatus status) {
        return status == OrderStatus.AWAITING_PAYMENT || status == OrderStatus.CANCELLED;
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
        Copy moved = copy().status(to).historyAdding(new HistoryEntry(Optional.of(status), to, at, by, request.reason()));
        switch (to) {
            case ACCEPTED -> moved.acceptedAt(at).promise(promiseOnAccept(request.prepTime().orElseThrow(), at));
            case READY -> moved.readyAt(at);
            case COMPLETED -> moved.completedAt(at);
            default -> {
            }
        }
        OrderStatusChanged event = new OrderStatusChanged(id, restaurantId, status, to, by, request.reason(),
                paymentActionFor(to), at);
        return new Transitioned(moved.build(), event);
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

    private Order delayedBy(Duration delay) {
        if (status != OrderStatus.ACCEPTED && status != OrderStatus.PREPARING) {
            throw new InvalidTransition(status, status, "only accepted or preparing orders can be delayed");
        }
        return copy().promise(estimatedReadyAt.plus(delay)).build();
    }

    /** The network captured the authorized total: the money is the restaurant's now. */
    public PaymentRecorded captured(Instant at) {
        return paymentBecomes(PaymentStatus.CAPTURED, EnumSet.of(PaymentStatus.AUTHORIZED), at);
    }

    /**
     * The network released the authorization (or gave up the one that waited for the guest's
     * bank): nothing was taken from the guest.
     */
    public PaymentRecorded voided(Instant at) {
        return paymentBecomes(PaymentStatus.VOIDED, EnumSet.of(PaymentStatus.AUTHORIZED, PaymentStatus.REQUIRES_ACTION),
                at);
    }

    /** The network reserved the total once the guest's bank confirmed it was them (3-D Secure). */
    public PaymentRecorded authorized(Instant at) {
        return paymentBecomes(PaymentStatus.AUTHORIZED, EnumSet.of(PaymentStatus.REQUIRES_ACTION), at);
    }

    private PaymentRecorded paymentBecomes(PaymentStatus newStatus, Set<PaymentStatus> from, Instant at) {
        if (!from.contains(paymentStatus)) {
            throw new PaymentNotAllowed(paymentStatus, newStatus);
        }
        return new PaymentRecorded(copy().paymentStatus(newStatus).build(),
                new PaymentChanged(id, restaurantId, newStatus, at));
    }

    /** What may still be refunded: the captured total less the refunds so far. */
    public Money refundable() {
        return paymentStatus.holdsCapturedMoney() ? totals.total().minus(refunded) : Money.zero(currency());
    }

    /**
     * Records a refund of {@code amount}; the sum of refunds never exceeds what was captured.
     *
     * @throws RefundNotAllowed when nothing was captured, or the amount is too much or not positive
     */
    public PaymentRecorded refunded(Money amount, Instant at) {
        if (amount.minorUnits() <= 0) {
            throw new RefundNotAllowed("a refund must be a positive amount");
        }
        if (!paymentStatus.holdsCapturedMoney()) {
            throw new RefundNotAllowed("nothing was captured for this order (payment is " + paymentStatus + ")");
        }
        if (amount.isGreaterThan(refundable())) {
            throw new RefundNotAllowed("at most " + refundable().minorUnits() + " minor units can still be refunded");
        }
        Money newRefunded = refunded.plus(amount);
        PaymentStatus newStatus = newRefunded.equals(totals.total())
                ? PaymentStatus.REFUNDED
                : PaymentStatus.PARTIALLY_REFUNDED;
        return new PaymentRecorded(copy().paymentStatus(newStatus).refunded(newRefunded).build(),
                new PaymentChanged(id, restaurantId, newStatus, at));
    }

    /**
     * The card network says {@code refundedThere} of the charge went back to the guest in all, a
     * refund made in its dashboard among them: what Chit did not refund itself ({@code
     * refundedThere} less {@code refundedByChit}, the refunds Chit asked the network for) is
     * counted once, with a history entry ({@value #REFUNDED_ELSEWHERE}) that says so. Empty when
     * there is nothing new to count: the refund was Chit's own, or counted before.
     */
    public Optional<PaymentRecorded> refundedElsewhere(Money refundedThere, Money refundedByChit, Instant at) {
        if (!paymentStatus.holdsCapturedMoney()) {
            return Optional.empty();
        }
        Money countedBefore = refunded.minus(refundedByChit);
        Money elsewhere = refundedThere.minus(refundedByChit);
        Money newlyRefunded = elsewhere.minus(countedBefore);
        if (!newlyRefunded.isGreaterThan(Money.zero(currency()))) {
            return Optional.empty();
        }
        Money amount = newlyRefunded.isGreaterThan(refundable()) ? refundable() : newlyRefunded;
        if (!amount.isGreaterThan(Money.zero(currency()))) {
            return Optional.empty();
        }
        PaymentRecorded recorded = refunded(amount, at);
        Order withEntry = recorded.order().copy().historyAdding(new HistoryEntry(Optional.of(status), status, at,
                Actor.system(), Optional.of(REFUNDED_ELSEWHERE))).build();
        return Optional.of(new PaymentRecorded(withEntry, recorded.event()));
    }

    /**
     * The guest disputes the charge with their bank: the order shows it from now on. Empty when it
     * showed it already (the network tells of a dispute once, but may tell twice).
     */
    public Optional<Disputed> disputed(Instant at) {
        if (disputed) {
            return Optional.empty();
        }
        return Optional.of(new Disputed(copy().disputed().build(), new OrderDisputed(id, restaurantId, at)));
    }

    /**
     * What refunding {@code asked} would give back, and the lines after it (see {@link LineRefund}),
     * without refunding anything: what a manager is shown before confirming.
     *
     * @throws dev.chit.domain.error.InvalidInput naming the line or quantity that cannot be refunded
     * @throws RefundNotAllowed naming {@code lines} when nothing was captured, the items come to
     *                          nothing, or more than can still be refunded
     */
    public LineRefund refundOf(List<LineQuantity> asked) {
        if (paymentStatus != PaymentStatus.CAPTURED && paymentStatus != PaymentStatus.PARTIALLY_REFUNDED) {
            throw new RefundNotAllowed("lines", "nothing was captured for this order (payment is " + paymentStatus + ")");
        }
        LineRefund worked = LineRefund.of(lines, totals, asked);
        if (!worked.amount().isGreaterThan(Money.zero(currency()))) {
            throw new RefundNotAllowed("lines", "these items come to nothing to refund");
        }
        if (worked.amount().isGreaterThan(refundable())) {
            throw new RefundNotAllowed("lines", "these items come to " + worked.amount().minorUnits()
                    + " minor units, but at most " + refundable().minorUnits() + " can still be refunded");
        }
        return worked;
    }

    /**
     * Refunds the items {@code asked}: the lines count them as refunded, and the amount
     * {@link #refundOf} works out is refunded as by {@link #refunded}.
     */
    public LinesRefunded refundLines(List<LineQuantity> asked, Instant at) {
        LineRefund worked = refundOf(asked);
        PaymentRecorded recorded = withLines(worked.linesAfter()).refunded(worked.amount(), at);
        return new LinesRefunded(recorded.order(), recorded.event(), worked.amount());
    }

    /**
     * The kitchen bumps lines (done): the first bump of an ACCEPTED order moves it to PREPARING,
     * and when every line is done and {@code readyWhenAllBumped}, it moves to READY.
     *
     * @throws InvalidTransition unless the order is accepted or preparing and one of the lines is still to make
     */
    public Bumped bump(Set<OrderLineId> lineIds, Actor by, Instant at, boolean readyWhenAllBumped) {
        return KitchenWork.bump(this, lineIds, by, at, readyWhenAllBumped);
    }

    /**
     * Undoes bumps of the last ten minutes: the lines are to make again, and a READY order moves
     * back to PREPARING.
     *
     * @throws InvalidTransition when none of the lines is done, a bump is older, or the order left the kitchen
     */
    public Bumped recallLines(Set<OrderLineId> lineIds, Actor by, Instant at) {
        return KitchenWork.recall(this, lineIds, by, at);
    }

    /**
     * Recalls the whole order one step: READY to PREPARING, COMPLETED to READY, within ten
     * minutes of the move it undoes, with a reason.
     *
     * @throws InvalidTransition from any other status, or later
     * @throws dev.chit.domain.error.InvalidInput when the reason is missing
     */
    public Transitioned recall(Optional<String> reason, Actor by, Instant at) {
        Optional<String> why = new TransitionRequest(status, Optional.empty(), reason).reason();
        TransitionTable.Move recall = TransitionTable.checkRecall(status, movedToStatusAt(), at, why, by);
        return movedBack(recall.to(), why.orElseThrow(), by, at);
    }

    /** The lines the station makes. */
    public List<OrderLine> linesFor(StationId station) {
        return lines.stream().filter(line -> line.isFor(station)).toList();
    }

    /** When the order moved to where it stands. */
    Instant movedToStatusAt() {
        // A refund made elsewhere is in the history too, but it moved nothing.
        return history.reversed().stream().filter(HistoryEntry::isMove).findFirst().orElseThrow().at();
    }

    Order withLines(List<OrderLine> newLines) {
        return copy().lines(newLines).build();
    }

    /** A recall: back to {@code to}, whose later times are cleared, recorded like every move. */
    Transitioned movedBack(OrderStatus to, String reason, Actor by, Instant at) {
        Optional<Instant> newReadyAt = to == OrderStatus.READY ? readyAt : Optional.empty();
        Order back = copy().status(to).readyAt(newReadyAt).completedAt(Optional.empty())
                .historyAdding(new HistoryEntry(Optional.of(status), to, at, by, Optional.of(reason)))
                .build();
        return new Transitioned(back, new OrderStatusChanged(id, restaurantId, status, to, by, Optional.of(reason),
                PaymentAction.NONE, at));
    }

    public Currency currency() {
        return totals.currency();
    }

    /** The same order as stored at {@code newVersion}; for repositories after a write. */
    public Order atVersion(long newVersion) {
        return copy().version(newVersion).build();
    }

    private Instant promiseOnAccept(Duration prep, Instant at) {
        Instant earliest = at.plus(prep);
        return scheduledFor.filter(earliest::isBefore).orElse(earliest);
    }

    private PaymentAction paymentActionFor(OrderStatus to) {
        return switch (to) {
            case ACCEPTED -> paymentStatus == PaymentStatus.AUTHORIZED ? PaymentAction.CAPTURE : PaymentAction.NONE;
            case REJECTED, CANCELLED -> switch (paymentStatus) {
                // An authorization waiting for the guest's bank is given up too, so it cannot complete later.
                case AUTHORIZED, REQUIRES_ACTION -> PaymentAction.VOID;
                default -> paymentStatus.holdsCapturedMoney() ? PaymentAction.REFUND_REMAINING : PaymentAction.NONE;
            };
            default -> PaymentAction.NONE;
        };
    }

    private Copy copy() {
        return new Copy(this);
    }

    /**
     * The one way an order becomes another: the fields a move may change, the rest carried over,
     * and the whole checked again by the record's constructor.
     */
    private static final class Copy {
        private final Order from;
        private long number;
        private List<OrderLine> lines;
        private OrderStatus status;
        private PaymentStatus paymentStatus;
        private Money refunded;
        private Instant placedAt;
        private Optional<Instant> acceptedAt;
        private Instant estimatedReadyAt;
        private Optional<Instant> readyAt;
        private Optional<Instant> completedAt;
        private final List<HistoryEntry> history;
        private long version;
        private boolean disputed;

        private Copy(Order from) {
            this.from = from;
            number = from.number;
            lines = from.lines;
            status = from.status;
            paymentStatus = from.paymentStatus;
            refunded = from.refunded;
            placedAt = from.placedAt;
            acceptedAt = from.acceptedAt;
            estimatedReadyAt = from.estimatedReadyAt;
            readyAt = from.readyAt;
            completedAt = from.completedAt;
            history = new ArrayList<>(from.history);
            version = from.version;
            disputed = from.disputed;
        }

        Copy disputed() {
            disputed = true;
            return this;
        }

        Copy number(long newNumber) {
            number = newNumber;
            return this;
        }

        Copy placedAt(Instant at) {
            placedAt = at;
            return this;
        }

        Copy status(OrderStatus newStatus) {
            status = newStatus;
            return this;
        }

        Copy paymentStatus(PaymentStatus newStatus) {
            paymentStatus = newStatus;
            return this;
        }

        Copy refunded(Money newRefunded) {
            refunded = newRefunded;
            return this;
        }

        Copy acceptedAt(Instant at) {
            acceptedAt = Optional.of(at);
            return this;
        }

        Copy promise(Instant newEstimate) {
            estimatedReadyAt = newEstimate;
            return this;
        }

        Copy readyAt(Instant at) {
            return readyAt(Optional.of(at));
        }

        Copy readyAt(Optional<Instant> at) {
            readyAt = at;
            return this;
        }

        Copy lines(List<OrderLine> newLines) {
            lines = newLines;
            return this;
        }

        Copy completedAt(Instant at) {
            return completedAt(Optional.of(at));
        }

        Copy completedAt(Optional<Instant> at) {
            completedAt = at;
            return this;
        }

        Copy historyAdding(HistoryEntry entry) {
            history.add(entry);
            return this;
        }

        Copy version(long newVersion) {
            version = newVersion;
            return this;
        }

        Order build() {
            return new Order(from.id, number, from.restaurantId, status, paymentStatus, from.fulfillment,
                    from.scheduledFor, from.customer, lines, from.totals, refunded, from.notes, placedAt,
                    acceptedAt, estimatedReadyAt, readyAt, completedAt, history, version, disputed);
        }
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

    /** An order after a refund by line, the event it emits, and the amount refunded. */
    public record LinesRefunded(Order order, PaymentChanged event, Money amount) {
    }

    /** An order after bumps or recalls of its lines, and the events: the bump, then any moves it caused. */
    public record Bumped(Order order, List<OrderEvent> events) {

        public Bumped {
            events = List.copyOf(events);
        }
    }

    /** An order its guest disputes, and the event that tells of it. */
    public record Disputed(Order order, OrderDisputed event) {
    }

    /** An order after a payment change, and the event it emits. */
    public record PaymentRecorded(Order order, PaymentChanged event) {
    }
}
