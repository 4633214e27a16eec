package dev.chit.benchmarks;

import dev.chit.adapters.payment.SandboxGateway;
import dev.chit.adapters.payment.SandboxSettings;
import dev.chit.adapters.persistence.Database;
import dev.chit.application.checkout.ClaimLeases;
import dev.chit.application.checkout.Confirmation;
import dev.chit.application.checkout.PlaceOrder;
import dev.chit.application.checkout.PlaceOrderCommand;
import dev.chit.application.checkout.PlaceOrderResult;
import dev.chit.application.payment.CheckoutAuthorization;
import dev.chit.application.payment.PaymentAccounts;
import dev.chit.application.payment.PaymentSettlement;
import dev.chit.application.support.TimeOrderedIds;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.payment.PaymentMethod;
import dev.chit.domain.port.PaymentGateway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link PlaceOrder#place} end to end below HTTP: claim the idempotency key, load restaurant,
 * menu and the kitchen's load and price the typical cart, record and make the card
 * authorization (the sandbox network, answering at once), then number, store and confirm the
 * order with its lines, history, event and access token, in the transactions checkout really
 * uses, on embedded H2 holding 5,000 past orders. Each operation is a new order under a new key; the JSON response
 * (web adapter) is left out, the confirmation is a few bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CheckoutBenchmark {

    /** What bootstrap gives the settling job; it does not run here, so it only has to be valid. */
    private static final Duration ABANDON_AFTER = Duration.ofMinutes(2);
    private static final String FINGERPRINT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final AtomicLong checkouts = new AtomicLong();
    PlaceOrder placeOrder;
    Cart cart;
    Confirmation confirmation;

    @Setup(Level.Trial)
    public void wire(BistroDatabase bistro) {
        Database database = bistro.database();
        Clock clock = Clock.systemUTC();
        var ids = new TimeOrderedIds(clock);
        PaymentGateway gateway = new SandboxGateway(SandboxSettings.instant());
        var accounts = new PaymentAccounts(database.restaurants(), database.orders(), database.paymentOperations());
        var settlement = new PaymentSettlement(gateway, accounts, database.paymentOperations(), database.orders(),
                database.orderEvents(), database.transactions(), ids, clock, ABANDON_AFTER);
        var payments = new CheckoutAuthorization(gateway, accounts, database.paymentOperations(), settlement,
                database.transactions(), ids, clock);
        placeOrder = new PlaceOrder(database.restaurants(), database.menus(), database.orders(),
                database.kitchenLoads(), database.idempotencyKeys(),
                new ClaimLeases(database.idempotencyKeys(), database.transactions(), clock, Duration.ofSeconds(12)),
                database.orderEvents(), database.transactions(),
                payments, ids, clock);
        cart = Carts.typical(Bistro.menu(), Fulfillment.delivery(DeliveryAddress.of("12 Atlantic Avenue", "Brooklyn", "11201", "US")));
        confirmation = (order, accessToken, clientSecret) -> ("{\"id\":\"" + order.id().value() + "\",\"number\":" + order.number()
                + "}").getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public PlaceOrderResult placeOrder() {
        PlaceOrderCommand command = new PlaceOrderCommand(Bistro.ID, cart, Guests.ADA, Optional.empty(),
                new PaymentMethod.Card(SandboxGateway.VISA), "benchmark-" + checkouts.incrementAndGet(), FINGERPRINT);
        return placeOrder.place(command, confirmation);
    }
}
