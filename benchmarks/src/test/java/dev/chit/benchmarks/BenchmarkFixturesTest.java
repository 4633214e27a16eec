package dev.chit.benchmarks;

import dev.chit.application.checkout.PlaceOrderResult;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderStatus;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks measure what they claim: each one's fixture works, once, without JMH. No
 * timing is asserted here; that is what running the benchmarks is for.
 */
class BenchmarkFixturesTest {

    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void typicalCart_isPricedInFull_atDinnerTime() {
        var pricing = new PricingBenchmark();
        pricing.setUp();

        Quote quote = pricing.quoteTypicalCart();

        assertThat(quote.lines()).hasSize(5);
        assertThat(quote.lines().stream().mapToInt(line -> line.options().size()).sum()).isEqualTo(13);
        assertThat(quote.subtotal().minorUnits()).isEqualTo(12_050);
        assertThat(quote.deliveryFee().minorUnits()).isEqualTo(399);
        assertThat(Bistro.menu().categories().stream().mapToInt(category -> category.items().size()).sum())
                .isEqualTo(60);
    }

    @Test
    void lifecycle_takesPickupAndDeliveryOrders_fromPlacedToCompleted() {
        var lifecycle = new OrderLifecycleBenchmark();
        lifecycle.setUp();

        Order pickup = lifecycle.pickupPlacedToCompleted(BLACKHOLE);
        Order delivery = lifecycle.deliveryPlacedToCompleted(BLACKHOLE);

        assertThat(pickup.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(pickup.history()).hasSize(5);
        assertThat(delivery.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(delivery.history()).hasSize(6);
    }

    @Test
    void bistroDatabase_placesAndFindsOrders_andLeavesNothingBehind() throws Exception {
        var bistro = new BistroDatabase();
        bistro.pastOrders = 120;
        bistro.open();
        Path directory;
        try {
            var checkout = new CheckoutBenchmark();
            checkout.wire(bistro);
            var search = new OrderSearchBenchmark();
            search.wire(bistro);

            PlaceOrderResult first = checkout.placeOrder();
            PlaceOrderResult second = checkout.placeOrder();

            assertThat(first).isInstanceOf(PlaceOrderResult.Placed.class);
            assertThat(((PlaceOrderResult.Placed) second).order().number()).isEqualTo(122);
            assertThat(search.newestPage().items()).hasSize(50)
                    .first().satisfies(order -> assertThat(order.number()).isEqualTo(122));
            assertThat(search.pageHalfwayBack().items()).hasSize(50)
                    .first().satisfies(order -> assertThat(order.number()).isEqualTo(60));
            assertThat(search.searchBySurname().items()).isNotEmpty()
                    .allSatisfy(order -> assertThat(order.customer().name()).endsWith("Garcia"));
            directory = bistro.directory();
        } finally {
            bistro.close();
        }
        assertThat(Files.exists(directory)).isFalse();
    }
}
