package dev.chit.benchmarks;

import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.persistence.DatabaseSettings;
import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.restaurant.Restaurant;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The bistro on the embedded H2 database, in a fresh temporary directory for each fork:
 * migrated, with its restaurant, its 60-item menu, and {@link #pastOrders} orders of the last
 * 30 days (the same ones on every run: most completed, some cancelled or rejected, the newest
 * few still on the pass) placed the way checkout places them, priced and numbered.
 */
@State(Scope.Benchmark)
public class BistroDatabase {

    private static final Duration HISTORY = Duration.ofDays(30);
    private static final int ORDERS_PER_TRANSACTION = 250;
    private static final int STILL_ON_THE_PASS = 20;

    /** How many orders the bistro has taken before the benchmark starts. */
    @Param("5000")
    public int pastOrders;

    private Path directory;
    private Database database;

    @Setup(Level.Trial)
    public void open() throws IOException {
        // Flyway and the pool announce themselves at INFO; JMH's own output is what matters here.
        Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        directory = Files.createTempDirectory("chit-benchmarks-");
        database = Database.open(DatabaseSettings.embedded(directory));
        Restaurant bistro = Bistro.restaurant(Optional.empty());
        database.transactions().inTransaction(() -> {
            database.restaurants().add(bistro);
            database.menus().replace(Bistro.menu());
            return null;
        });
        seedHistory(new PriceList(bistro, Bistro.menu()), Instant.now());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(BistroDatabase::delete);
        }
    }

    Database database() {
        return database;
    }

    Path directory() {
        return directory;
    }

    private void seedHistory(PriceList priceList, Instant now) {
        Random random = new Random(42);
        Duration spacing = HISTORY.dividedBy(Math.max(1, pastOrders));
        for (int first = 0; first < pastOrders; first += ORDERS_PER_TRANSACTION) {
            int from = first;
            int to = Math.min(pastOrders, first + ORDERS_PER_TRANSACTION);
            database.transactions().inTransaction(() -> {
                for (int index = from; index < to; index++) {
                    int age = pastOrders - index;
                    Instant placedAt = now.minus(spacing.multipliedBy(age));
                    var quote = priceList.quote(Carts.random(Bistro.menu(), random, fulfillment(index)), placedAt);
                    Order placed = Order.place(new OrderId(UUID.randomUUID()), database.orders().nextNumber(Bistro.ID),
                            quote, Guests.random(random), Optional.empty(), PaymentStatus.AUTHORIZED, Actor.customer(),
                            () -> new OrderLineId(UUID.randomUUID()), placedAt).order();
                    database.orders().add(lived(placed, age));
                }
                return null;
            });
        }
    }

    private static Fulfillment fulfillment(int index) {
        return switch (index % 3) {
            case 0 -> Fulfillment.pickup();
            case 1 -> Fulfillment.delivery(DeliveryAddress.of(index + " Smith Street", "Brooklyn", "11201", "US"));
            default -> Fulfillment.dineIn("T" + (index % 20 + 1));
        };
    }

    // The newest orders are still on the pass; of the older ones one in twenty was cancelled by
    // the guest, one in thirty-three rejected by the kitchen, and the rest completed.
    private static Order lived(Order placed, int age) {
        List<TransitionRequest> happyPath = Lifecycle.happyPath(placed.fulfillment().type());
        Actor cook = Actor.staff(Lifecycle.COOK);
        if (age <= STILL_ON_THE_PASS) {
            return moved(placed, happyPath.subList(0, age % 4), cook);
        }
        if (age % 20 == 0) {
            return voided(moved(placed, List.of(TransitionRequest.to(OrderStatus.CANCELLED)), Actor.customer()));
        }
        if (age % 33 == 0) {
            return voided(moved(placed, List.of(TransitionRequest.to(OrderStatus.REJECTED)
                    .withReason("the kitchen is closing early")), cook));
        }
        return moved(placed, happyPath, cook);
    }

    private static Order moved(Order order, List<TransitionRequest> moves, Actor by) {
        Instant at = order.placedAt();
        for (TransitionRequest move : moves) {
            at = at.plus(Duration.ofMinutes(4));
            order = order.transition(move, by, at).order();
            if (move.to() == OrderStatus.ACCEPTED) {
                order = order.captured(at).order();
            }
        }
        return order;
    }

    private static Order voided(Order order) {
        return order.voided(order.history().getLast().at()).order();
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
