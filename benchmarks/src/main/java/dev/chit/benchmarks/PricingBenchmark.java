package dev.chit.benchmarks;

import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.checkout.Quote;
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

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@link PriceList#quote}: every quote and every checkout prices the cart on the server, so
 * this is the cost the guest pays on each change of their cart. The typical five-line cart
 * (thirteen options, a note, delivery) against the 60-item menu, at 18:30 on a Wednesday,
 * within the bistro's opening hours.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class PricingBenchmark {

    /** Wednesday 2026-03-04, 18:30 in New York. */
    static final Instant DINNER_TIME = Instant.parse("2026-03-04T23:30:00Z");

    PriceList priceList;
    Cart cart;

    @Setup
    public void setUp() {
        priceList = new PriceList(Bistro.restaurant(Optional.of(Bistro.LUNCH_AND_DINNER)), Bistro.menu());
        cart = Carts.typical(Bistro.menu(), Fulfillment.delivery(DeliveryAddress.of("12 Atlantic Avenue", "Brooklyn", "11201", "US")));
    }

    @Benchmark
    public Quote quoteTypicalCart() {
        return priceList.quote(cart, DINNER_TIME);
    }
}
