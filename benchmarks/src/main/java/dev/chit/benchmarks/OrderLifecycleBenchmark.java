package dev.chit.benchmarks;

import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.order.TransitionRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@link Order#transition} through a whole life, placed to completed: the aggregate checks
 * each move against its transition table, copies itself with one more history entry and emits
 * the event. The order is the typical five-line cart, placed; one operation makes all its moves
 * (four for a pickup, five for a delivery), so divide by the moves for the cost of one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class OrderLifecycleBenchmark {

    private static final Duration BETWEEN_MOVES = Duration.ofMinutes(4);

    Order placedPickup;
    Order placedDelivery;
    List<TransitionRequest> pickupMoves;
    List<TransitionRequest> deliveryMoves;
    Actor cook;

    @Setup
    public void setUp() {
        placedPickup = placed(Fulfillment.pickup());
        placedDelivery = placed(Fulfillment.delivery(DeliveryAddress.of("12 Atlantic Avenue", "Brooklyn", "11201", "US")));
        pickupMoves = Lifecycle.happyPath(FulfillmentType.PICKUP);
        deliveryMoves = Lifecycle.happyPath(FulfillmentType.DELIVERY);
        cook = Actor.staff(Lifecycle.COOK);
    }

    @Benchmark
    public Order pickupPlacedToCompleted(Blackhole events) {
        return makeAll(placedPickup, pickupMoves, events);
    }

    @Benchmark
    public Order deliveryPlacedToCompleted(Blackhole events) {
        return makeAll(placedDelivery, deliveryMoves, events);
    }

    // The events are consumed, as the use case publishes them: otherwise the JIT may skip making them.
    private Order makeAll(Order order, List<TransitionRequest> moves, Blackhole events) {
        Instant at = order.placedAt();
        for (TransitionRequest move : moves) {
            at = at.plus(BETWEEN_MOVES);
            Order.Transitioned moved = order.transition(move, cook, at);
            events.consume(moved.event());
            order = moved.order();
        }
        return order;
    }

    static Order placed(Fulfillment fulfillment) {
        var quote = new PriceList(Bistro.restaurant(Optional.of(Bistro.LUNCH_AND_DINNER)), Bistro.menu())
                .quote(Carts.typical(Bistro.menu(), fulfillment), PricingBenchmark.DINNER_TIME);
        return Order.place(new OrderId(UUID.nameUUIDFromBytes(
                ("order:" + fulfillment.type()).getBytes(StandardCharsets.UTF_8))), 42, quote,
                Guests.ADA, Optional.empty(), PaymentStatus.AUTHORIZED, Actor.customer(),
                () -> new OrderLineId(UUID.randomUUID()), PricingBenchmark.DINNER_TIME).order();
    }
}
