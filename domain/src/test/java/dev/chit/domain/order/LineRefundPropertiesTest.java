package dev.chit.domain.order;

import dev.chit.domain.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import static dev.chit.domain.order.LineRefundCarts.captured;
import static dev.chit.domain.order.LineRefundCarts.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * For any cart priced as the price list prices it, and any split of its items into refunds in
 * any order, the refunds by line add up to the order's total less tip and delivery fee, to the
 * cent; none is negative; and together with amount refunds they never pass what was captured.
 * Items cost at least 0.50 and discounts at most half: an item worth less than a cent of the
 * order's goods comes to nothing, and a refund of nothing is refused (see {@link Order#refundOf}).
 */
class LineRefundPropertiesTest {

    private static final Instant AT = Instant.parse("2026-03-02T13:00:00Z");

    /** A captured order and a seed that splits its items into refunds. */
    record Case(Order order, long seed) {
    }

    @Property(tries = 1000)
    void everySplitOfTheItems_refundsTheWholeOrderLessTipAndDeliveryFee(@ForAll("carts") Case c) {
        Order order = c.order();
        long total = 0;
        for (List<LineQuantity> refund : split(order, new Random(c.seed()))) {
            Order.LinesRefunded refunded = order.refundLines(refund, AT);
            assertThat(refunded.amount().minorUnits()).isNotNegative();
            assertThat(refunded.order().refunded()).isLessThanOrEqualTo(order.totals().total());
            total += refunded.amount().minorUnits();
            order = refunded.order();
        }
        OrderTotals totals = c.order().totals();
        assertThat(total).isEqualTo(totals.total().minus(totals.tip()).minus(totals.deliveryFee()).minorUnits());
        assertThat(order.lines()).allSatisfy(line -> assertThat(line.refundedQuantity()).isEqualTo(line.quantity()));
        assertThat(catchThrowable(() -> c.order().refundLines(List.of(), AT))).isNotNull();
    }

    @Property(tries = 500)
    void afterAnAmountRefund_lineRefundsNeverPassWhatWasCaptured(@ForAll("carts") Case c,
                                                               @ForAll @IntRange(min = 1, max = 100) int percent) {
        Order order = c.order();
        long first = Math.max(1, order.totals().total().minorUnits() * percent / 100);
        order = order.refunded(Money.of(first, order.currency()), AT).order();
        for (List<LineQuantity> refund : split(order, new Random(c.seed()))) {
            Money before = order.refunded();
            try {
                order = order.refundLines(refund, AT).order();
                assertThat(order.refunded().minus(before).minorUnits()).isPositive();
            } catch (RefundNotAllowed tooMuch) {
                assertThat(LineRefund.of(order.lines(), order.totals(), refund).amount())
                        .isGreaterThan(order.refundable());
            }
            assertThat(order.refunded()).isLessThanOrEqualTo(order.totals().total());
        }
    }

    @Provide
    Arbitrary<Case> carts() {
        Arbitrary<List<OrderLine>> lines = Combinators.combine(
                        Arbitraries.integers().between(1, 9), Arbitraries.longs().between(50, 20_000))
                .as((quantity, unit) -> line("Item", quantity, unit))
                .list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(lines,
                        Arbitraries.integers().between(0, 2_500),
                        Arbitraries.integers().between(0, 2_500),
                        Arbitraries.longs().between(0, 1_000),
                        Arbitraries.longs().between(0, 5_000),
                        Arbitraries.integers().between(0, 50),
                        Arbitraries.longs())
                .as((items, feeBasisPoints, taxBasisPoints, deliveryFee, tip, discountPercent, seed) -> {
                    Money subtotal = items.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
                    Money fee = subtotal.basisPoints(feeBasisPoints);
                    Money tax = subtotal.plus(fee).basisPoints(taxBasisPoints);
                    long discount = subtotal.minorUnits() * discountPercent / 100;
                    return new Case(captured(items, fee.minorUnits(), tax.minorUnits(), deliveryFee, tip, discount),
                            seed);
                });
    }

    private static List<List<LineQuantity>> split(Order order, Random random) {
        return LineRefundCarts.split(order.lines(), random);
    }
}
