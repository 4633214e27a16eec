package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.json.Json;
import dev.chit.application.live.LiveFrames;
import dev.chit.domain.order.LoggedOrderEvent;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The live updates' frames (API.md, "Live updates"), with the order exactly as the REST API
 * shows it ({@link OrderJson}, the one {@link Json} setup). Beyond the contract, an event frame
 * says what {@code change} it was: {@code placed}, {@code moved}, {@code delayed},
 * {@code payment}, {@code due} (a scheduled order whose time to start came), {@code bumped} or
 * {@code recalled} (the kitchen's lines done, or to make again).
 */
public final class LiveOrderFrames implements LiveFrames {

    private final Json json;

    public LiveOrderFrames(Json json) {
        this.json = json;
    }

    private record EventFrame(String type, long seq, String change, OrderJson order) {
    }

    private record SnapshotFrame(String type, long seq, List<OrderJson> orders) {
    }

    @Override
    public String event(LoggedOrderEvent event, Order order) {
        return text(new EventFrame(event.created() ? "order.created" : "order.updated", event.seq(),
                change(event.event()), OrderJson.of(order)));
    }

    @Override
    public String snapshot(long seq, List<Order> orders) {
        return text(new SnapshotFrame("snapshot", seq, orders.stream().map(OrderJson::of).toList()));
    }

    private static String change(OrderEvent event) {
        return switch (event) {
            case OrderEvent.OrderPlaced placed -> "placed";
            case OrderEvent.OrderStatusChanged moved -> "moved";
            case OrderEvent.OrderDelayed delayed -> "delayed";
            case OrderEvent.PaymentChanged payment -> "payment";
            case OrderEvent.OrderDue due -> "due";
            case OrderEvent.OrderDisputed disputed -> "disputed";
            case OrderEvent.LinesBumped bumped -> bumped.recalled() ? "recalled" : "bumped";
        };
    }

    private String text(Object frame) {
        return new String(json.write(frame), StandardCharsets.UTF_8);
    }
}
