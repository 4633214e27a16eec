package dev.chit.domain.order;

import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.money.Money;
import dev.chit.domain.testing.OrderBuilder;
import dev.chit.domain.testing.RestaurantBuilder;
import dev.chit.domain.testing.SampleMenu;

import dev.chit.domain.restaurant.TaxRate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/** Captured orders of any lines and amounts, for the refund-by-line tests. */
final class LineRefundCarts {

    private LineRefundCarts() {
    }

    static OrderLine line(String name, int quantity, long unitCents) {
        Money unit = Money.of(unitCents, RestaurantBuilder.USD);
        return new OrderLine(new OrderLineId(UUID.randomUUID()), SampleMenu.BURGER.id(), name, quantity, unit,
                List.of(), Optional.empty(), unit.times(quantity));
    }

    /** A line sold at {@code rate}. */
    static OrderLine line(String name, int quantity, long unitCents, TaxRate rate) {
        Money unit = Money.of(unitCents, RestaurantBuilder.USD);
        return new OrderLine(new OrderLineId(UUID.randomUUID()), SampleMenu.BURGER.id(), name, quantity, unit,
                List.of(), Optional.empty(), unit.times(quantity), 0, List.of(), Optional.empty(), Optional.of(rate));
    }

    /** The items of {@code lines}, shuffled, cut into refunds of one or more items each. */
    static List<List<LineQuantity>> split(List<OrderLine> lines, Random random) {
        List<OrderLineId> items = new ArrayList<>();
        lines.forEach(line -> items.addAll(Collections.nCopies(line.refundableQuantity(), line.id())));
        Collections.shuffle(items, random);
        List<List<LineQuantity>> refunds = new ArrayList<>();
        int from = 0;
        while (from < items.size()) {
            int to = from + 1 + random.nextInt(items.size() - from);
            Map<OrderLineId, Integer> counts = new LinkedHashMap<>();
            items.subList(from, to).forEach(id -> counts.merge(id, 1, Integer::sum));
            refunds.add(counts.entrySet().stream().map(e -> new LineQuantity(e.getKey(), e.getValue())).toList());
            from = to;
        }
        return refunds;
    }

    /** An accepted order of {@code lines}, its card captured, with the amounts given in cents. */
    static Order captured(List<OrderLine> lines, long serviceFee, long tax, long deliveryFee, long tip) {
        return captured(lines, serviceFee, tax, deliveryFee, tip, 0);
    }

    static Order captured(List<OrderLine> lines, long serviceFee, long tax, long deliveryFee, long tip,
                          long discount) {
        long subtotal = lines.stream().mapToLong(line -> line.lineTotal().minorUnits()).sum();
        OrderTotals totals = new OrderTotals(usd(subtotal), usd(tax), usd(deliveryFee), usd(serviceFee), usd(tip),
                usd(discount), usd(subtotal + serviceFee + tax + deliveryFee + tip - discount));
        Order template = OrderBuilder.anOrder().in(OrderStatus.ACCEPTED).build();
        return new Order(template.id(), 1, template.restaurantId(), OrderStatus.ACCEPTED, PaymentStatus.CAPTURED,
                Fulfillment.pickup(), Optional.empty(), template.customer(), lines, totals, usd(0), Optional.empty(),
                OrderBuilder.PLACED_AT, Optional.of(OrderBuilder.PLACED_AT.plus(Duration.ofMinutes(2))),
                OrderBuilder.PLACED_AT.plus(Duration.ofMinutes(22)), Optional.empty(), Optional.empty(),
                template.history(), 0);
    }

    private static Money usd(long cents) {
        return Money.of(cents, RestaurantBuilder.USD);
    }
}
