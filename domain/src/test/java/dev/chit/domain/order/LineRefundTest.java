package dev.chit.domain.order;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.money.Money;
import dev.chit.domain.testing.OrderBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.chit.domain.order.LineRefundCarts.captured;
import static dev.chit.domain.order.LineRefundCarts.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineRefundTest {

    private static final Instant AT = OrderBuilder.PLACED_AT.plusSeconds(3600);

    // Three burgers at 12.50, a 5% service fee (187.5 -> 188, half-even) and 8.875% tax on
    // 39.38 (349.4975 -> 349), a 3.00 tip and a 4.99 delivery fee: goods are 42.87.
    private final OrderLine burgers = line("Burger", 3, 1250);
    private final Order order = captured(List.of(burgers), 188, 349, 499, 300);

    @Test
    void twoOfThreeBurgers_giveBackTheirPriceAndShareOfFeeAndTax() {
        Order.LinesRefunded refunded = order.refundLines(List.of(new LineQuantity(burgers.id(), 2)), AT);

        assertThat(refunded.amount().minorUnits()).isEqualTo(2858);
        assertThat(refunded.order().refunded().minorUnits()).isEqualTo(2858);
        assertThat(refunded.order().lines().getFirst().refundedQuantity()).isEqualTo(2);
        assertThat(refunded.order().paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void theLastBurger_givesBackTheRestOfTheGoods_neverTipOrDeliveryFee() {
        Order after = order.refundLines(List.of(new LineQuantity(burgers.id(), 2)), AT).order();

        Order.LinesRefunded last = after.refundLines(List.of(new LineQuantity(burgers.id(), 1)), AT);

        assertThat(last.amount().minorUnits()).isEqualTo(4287 - 2858);
        assertThat(last.order().refunded()).isEqualTo(order.totals().total().minus(Money.of(799, order.currency())));
        assertThat(last.order().paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void withoutTipOrDeliveryFee_everyLineRefunded_isTheWholeOrder() {
        OrderLine fries = line("Fries", 1, 399);
        Order pickup = captured(List.of(burgers, fries), 207, 385, 0, 0);

        Order after = pickup.refundLines(List.of(new LineQuantity(fries.id(), 1)), AT).order()
                .refundLines(List.of(new LineQuantity(burgers.id(), 3)), AT).order();

        assertThat(after.refunded()).isEqualTo(pickup.totals().total());
        assertThat(after.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aLineRefundedBeyondItsQuantity_isRejected_namingTheQuantity() {
        Order after = order.refundLines(List.of(new LineQuantity(burgers.id(), 2)), AT).order();

        assertThatThrownBy(() -> after.refundLines(List.of(new LineQuantity(burgers.id(), 2)), AT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[0].quantity", "beyond-quantity")));
    }

    @Test
    void unknownDuplicateAndNonPositive_areEachNamed() {
        OrderLine fries = line("Fries", 1, 399);
        Order two = captured(List.of(burgers, fries), 207, 385, 0, 0);
        OrderLine elsewhere = line("Soup", 1, 500);

        assertThatThrownBy(() -> two.refundLines(List.of(new LineQuantity(burgers.id(), 1),
                new LineQuantity(elsewhere.id(), 1), new LineQuantity(burgers.id(), 1),
                new LineQuantity(fries.id(), 0)), AT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("lines[1].lineId", "unknown-line"),
                                org.assertj.core.groups.Tuple.tuple("lines[2].lineId", "duplicate-line"),
                                org.assertj.core.groups.Tuple.tuple("lines[3].quantity", "out-of-range")));
        assertThatThrownBy(() -> two.refundLines(List.of(), AT))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("lines"));
    }

    @Test
    void itemsWorthMoreThanIsLeftToRefund_areRefused_andUncapturedOrdersRefuseToo() {
        Order mostlyRefunded = order.refunded(Money.of(4000, order.currency()), AT).order();

        assertThatThrownBy(() -> mostlyRefunded.refundLines(List.of(new LineQuantity(burgers.id(), 1)), AT))
                .isInstanceOfSatisfying(RefundNotAllowed.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("lines"));
        Order authorized = OrderBuilder.anOrder().build();
        assertThatThrownBy(() -> authorized.refundOf(
                List.of(new LineQuantity(authorized.lines().getFirst().id(), 1))))
                .isInstanceOf(RefundNotAllowed.class);
    }

    @Test
    void thePreview_changesNothing_andMatchesTheRefund() {
        List<LineQuantity> ask = List.of(new LineQuantity(burgers.id(), 1));

        LineRefund preview = order.refundOf(ask);

        assertThat(order.lines().getFirst().refundedQuantity()).isZero();
        assertThat(preview.amount()).isEqualTo(order.refundLines(ask, AT).amount());
    }
}
