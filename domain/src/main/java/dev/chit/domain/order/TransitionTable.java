package dev.chit.domain.order;

import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.error.InvalidInput;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.chit.domain.order.OrderStatus.ACCEPTED;
import static dev.chit.domain.order.OrderStatus.AWAITING_PAYMENT;
import static dev.chit.domain.order.OrderStatus.CANCELLED;
import static dev.chit.domain.order.OrderStatus.COMPLETED;
import static dev.chit.domain.order.OrderStatus.OUT_FOR_DELIVERY;
import static dev.chit.domain.order.OrderStatus.PLACED;
import static dev.chit.domain.order.OrderStatus.PREPARING;
import static dev.chit.domain.order.OrderStatus.READY;
import static dev.chit.domain.order.OrderStatus.REJECTED;

/**
 * The order's life as the table in API.md draws it: each allowed move, who may make it, for
 * which fulfillments, and whether it needs a reason. Anything not listed is not a move.
 */
final class TransitionTable {

    /** Who may make a move. Staff includes managers. */
    enum Who {
        CUSTOMER, STAFF, MANAGER, SYSTEM;

        boolean includes(Actor actor) {
            return switch (this) {
                case CUSTOMER -> actor.type() == ActorType.CUSTOMER;
                case STAFF -> actor.isStaff();
                case MANAGER -> actor.isStaff() && actor.manager();
                case SYSTEM -> actor.type() == ActorType.SYSTEM;
            };
        }
    }

    record Move(OrderStatus from, OrderStatus to, Set<Who> who, boolean needsReason, Set<FulfillmentType> fulfillments) {
    }

    private static final Set<FulfillmentType> ANY = EnumSet.allOf(FulfillmentType.class);

    private static final List<Move> MOVES = List.of(
            // The guest's bank confirmed the payment (3-D Secure): the order is placed now.
            new Move(AWAITING_PAYMENT, PLACED, EnumSet.of(Who.SYSTEM), false, ANY),
            // The bank refused, or the guest never confirmed: payment-failed or abandoned.
            new Move(AWAITING_PAYMENT, CANCELLED, EnumSet.of(Who.SYSTEM), true, ANY),
            new Move(PLACED, ACCEPTED, EnumSet.of(Who.STAFF), false, ANY),
            // A restaurant with autoAccept has Chit accept new orders for it, at the default prep time.
            new Move(PLACED, ACCEPTED, EnumSet.of(Who.SYSTEM), false, ANY),
            new Move(PLACED, REJECTED, EnumSet.of(Who.STAFF), true, ANY),
            // The system rejects an order nobody accepted in time; API.md asks no reason of it.
            new Move(PLACED, REJECTED, EnumSet.of(Who.SYSTEM), false, ANY),
            new Move(PLACED, CANCELLED, EnumSet.of(Who.CUSTOMER, Who.STAFF), false, ANY),
            new Move(ACCEPTED, PREPARING, EnumSet.of(Who.STAFF), false, ANY),
            new Move(ACCEPTED, CANCELLED, EnumSet.of(Who.STAFF), true, ANY),
            new Move(PREPARING, READY, EnumSet.of(Who.STAFF), false, ANY),
            new Move(PREPARING, CANCELLED, EnumSet.of(Who.MANAGER), true, ANY),
            new Move(READY, CANCELLED, EnumSet.of(Who.MANAGER), true, ANY),
            new Move(READY, OUT_FOR_DELIVERY, EnumSet.of(Who.STAFF), false, EnumSet.of(FulfillmentType.DELIVERY)),
            new Move(READY, COMPLETED, EnumSet.of(Who.STAFF), false,
                    EnumSet.of(FulfillmentType.PICKUP, FulfillmentType.DINE_IN)),
            new Move(OUT_FOR_DELIVERY, COMPLETED, EnumSet.of(Who.STAFF), false, ANY));

    /**
     * Recalls: moves back, made only by {@link Order#recall} (or by a line recalled in a READY
     * order) and only within {@link #RECALL_WINDOW} of the move they undo; never by a plain move.
     */
    private static final List<Move> RECALLS = List.of(
            new Move(READY, PREPARING, EnumSet.of(Who.STAFF), true, ANY),
            new Move(COMPLETED, READY, EnumSet.of(Who.STAFF), true, ANY));

    /** How long after a bump or a move it may still be recalled. */
    static final java.time.Duration RECALL_WINDOW = java.time.Duration.ofMinutes(10);

    private TransitionTable() {
    }

    /**
     * The recall of an order that stands at {@code from}, moved there at {@code movedAt}.
     *
     * @throws InvalidTransition      when there is no recall from there, or the window has passed
     * @throws TransitionNotPermitted when the actor may not make it
     * @throws InvalidInput           when the reason is missing
     */
    static Move checkRecall(OrderStatus from, java.time.Instant movedAt, java.time.Instant at, Optional<String> reason,
                            Actor actor) {
        Move recall = RECALLS.stream().filter(move -> move.from() == from).findFirst()
                .orElseThrow(() -> new InvalidTransition(from, from, "only READY and COMPLETED orders can be recalled"));
        if (movedAt.plus(RECALL_WINDOW).isBefore(at)) {
            throw new InvalidTransition(from, recall.to(), "the order became " + from + " more than "
                    + RECALL_WINDOW.toMinutes() + " minutes ago");
        }
        if (recall.who().stream().noneMatch(who -> who.includes(actor))) {
            throw new TransitionNotPermitted(from, recall.to(), describe(recall.who()));
        }
        if (recall.needsReason() && reason.isEmpty()) {
            throw new InvalidInput("reason", "required", "a reason is required to recall an order");
        }
        return recall;
    }

    /**
     * The move from {@code from} to the requested status, checked against who asks and the
     * order's fulfillment.
     *
     * @throws InvalidTransition      when there is no such move for this order
     * @throws TransitionNotPermitted when the actor may not make it
     * @throws InvalidInput           when a required reason or prep time is missing
     */
    static Move check(OrderStatus from, FulfillmentType fulfillment, TransitionRequest request, Actor actor) {
        List<Move> moves = find(from, request.to());
        if (moves.isEmpty()) {
            throw new InvalidTransition(from, request.to(), from.isFinal()
                    ? "the order is " + from + " and will not move again"
                    : "there is no such move");
        }
        List<Move> forFulfillment = moves.stream().filter(move -> move.fulfillments().contains(fulfillment)).toList();
        if (forFulfillment.isEmpty()) {
            throw new InvalidTransition(from, request.to(), "not for " + fulfillment + " orders");
        }
        Move move = forFulfillment.stream()
                .filter(candidate -> candidate.who().stream().anyMatch(who -> who.includes(actor)))
                .findFirst()
                .orElseThrow(() -> new TransitionNotPermitted(from, request.to(), describe(forFulfillment.stream()
                        .flatMap(candidate -> candidate.who().stream())
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Who.class))))));
        if (move.needsReason() && request.reason().isEmpty()) {
            throw new InvalidInput("reason", "required", "a reason is required to move an order to " + request.to());
        }
        if (request.to() == ACCEPTED && request.prepTime().isEmpty()) {
            throw new InvalidInput("prepMinutes", "required", "accepting an order needs a prep time");
        }
        return move;
    }

    /** The rows from {@code from} to {@code to}; one per group of actors with the same rules. */
    static List<Move> find(OrderStatus from, OrderStatus to) {
        return MOVES.stream().filter(move -> move.from() == from && move.to() == to).toList();
    }

    private static String describe(Set<Who> who) {
        return who.contains(Who.MANAGER) ? "a manager" : String.join(" or ",
                who.stream().map(w -> w.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
