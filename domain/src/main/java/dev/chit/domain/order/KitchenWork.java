package dev.chit.domain.order;

import dev.chit.domain.order.OrderEvent.LinesBumped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kitchen's bumps and recalls of an order's lines, and the moves they cause: the first bump
 * of an ACCEPTED order moves it to PREPARING, the last one (when the restaurant wants it) to
 * READY, and a line recalled in a READY order moves it back to PREPARING. Each move is a row of
 * {@link TransitionTable}, made by the one who bumped.
 */
final class KitchenWork {

    private KitchenWork() {
    }

    static Order.Bumped bump(Order order, Set<OrderLineId> lineIds, Actor by, Instant at, boolean readyWhenAllBumped) {
        if (order.status() != OrderStatus.ACCEPTED && order.status() != OrderStatus.PREPARING) {
            throw new InvalidTransition(order.status(), order.status(),
                    "only accepted or preparing orders have lines to bump");
        }
        List<OrderLine> lines = new ArrayList<>();
        int bumped = 0;
        for (OrderLine line : order.lines()) {
            boolean bumpIt = lineIds.contains(line.id()) && !line.isDone();
            bumped += bumpIt ? 1 : 0;
            lines.add(bumpIt ? line.withDoneAt(Optional.of(at)) : line);
        }
        if (bumped == 0) {
            throw new InvalidTransition(order.status(), order.status(), "those lines are done already");
        }
        List<OrderEvent> events = new ArrayList<>();
        events.add(new LinesBumped(order.id(), order.restaurantId(), by, false, at));
        Order current = order.withLines(lines);
        if (current.status() == OrderStatus.ACCEPTED) {
            current = moved(current, TransitionRequest.to(OrderStatus.PREPARING), by, at, events);
        }
        if (readyWhenAllBumped && current.lines().stream().allMatch(OrderLine::isDone)) {
            current = moved(current, TransitionRequest.to(OrderStatus.READY), by, at, events);
        }
        return new Order.Bumped(current, events);
    }

    static Order.Bumped recall(Order order, Set<OrderLineId> lineIds, Actor by, Instant at) {
        List<OrderLine> lines = new ArrayList<>();
        int recalled = 0;
        for (OrderLine line : order.lines()) {
            boolean recallIt = lineIds.contains(line.id()) && line.isDone();
            if (recallIt && line.doneAt().orElseThrow().plus(TransitionTable.RECALL_WINDOW).isBefore(at)) {
                throw new InvalidTransition(order.status(), order.status(), "a bump can be recalled for "
                        + TransitionTable.RECALL_WINDOW.toMinutes() + " minutes only");
            }
            recalled += recallIt ? 1 : 0;
            lines.add(recallIt ? line.withDoneAt(Optional.empty()) : line);
        }
        if (recalled == 0) {
            throw new InvalidTransition(order.status(), order.status(), "none of those lines is done");
        }
        if (order.status() != OrderStatus.PREPARING && order.status() != OrderStatus.READY) {
            throw new InvalidTransition(order.status(), order.status(), "the order has left the kitchen");
        }
        List<OrderEvent> events = new ArrayList<>();
        events.add(new LinesBumped(order.id(), order.restaurantId(), by, true, at));
        Order current = order.withLines(lines);
        if (current.status() == OrderStatus.READY) {
            TransitionTable.checkRecall(OrderStatus.READY, order.movedToStatusAt(), at, Optional.of("line recalled"), by);
            Order.Transitioned back = current.movedBack(OrderStatus.PREPARING, "line recalled", by, at);
            events.add(back.event());
            current = back.order();
        }
        return new Order.Bumped(current, events);
    }

    private static Order moved(Order order, TransitionRequest request, Actor by, Instant at, List<OrderEvent> events) {
        Order.Transitioned moved = order.transition(request, by, at);
        events.add(moved.event());
        return moved.order();
    }
}
