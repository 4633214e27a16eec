package dev.chit.domain.order;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What refunding some of an order's items gives back: each item's unit price (options
 * included) plus its share of the service fee and of its own rate's tax (less its share of a
 * discount); tip and delivery fee are never part of it.
 *
 * <p>The order's goods ({@code goods = total - tip - deliveryFee}) are first split into one pot
 * per tax rate its lines were sold at ({@link GoodsByRate}): a line of a 7 % rate never carries
 * 19 % tax. Within a rate the rule is a cumulative allocation: that rate's items refunded so far,
 * worth {@code v} of its lines' value {@code s}, stand for {@code round_half_even(pot x v / s)},
 * and a refund is the sum of those shares after it less the sum before it. A share never falls
 * as items are refunded, so no refund is negative, and the shares telescope: however the items
 * are split into refunds, and in whatever order, once every item is refunded exactly {@code goods}
 * went back, to the cent. An order of one rate is one pot, the whole goods.
 */
public record LineRefund(List<OrderLine> linesAfter, Money amount) {

    public LineRefund {
        linesAfter = List.copyOf(linesAfter);
    }

    /**
     * The refund of {@code asked} from an order with {@code lines} and {@code totals}.
     *
     * @throws InvalidInput naming {@code lines} when nothing is asked, {@code lines[i].lineId} for
     *                      a line the order lacks or names twice, {@code lines[i].quantity} for a
     *                      quantity that is not positive or more than the line has left to refund
     */
    public static LineRefund of(List<OrderLine> lines, OrderTotals totals, List<LineQuantity> asked) {
        List<OrderLine> after = refunding(lines, asked);
        return new LineRefund(after, refundedShare(after, totals).minus(refundedShare(lines, totals)));
    }

    /** The part of the order's goods that the items of {@code lines} refunded so far stand for. */
    public static Money refundedShare(List<OrderLine> lines, OrderTotals totals) {
        Money refunded = Money.zero(totals.currency());
        for (GoodsByRate.Pot pot : GoodsByRate.of(lines, totals).pots()) {
            refunded = refunded.plus(shareOf(pot.amount(), pot.lineIndexes().stream().map(lines::get).toList()));
        }
        return refunded;
    }

    /** The part of {@code pot} that the items of {@code lines} refunded so far stand for, by value. */
    private static Money shareOf(Money pot, List<OrderLine> lines) {
        if (lines.stream().allMatch(line -> line.refundedQuantity() == line.quantity())) {
            return pot;
        }
        long sold = 0;
        long refunded = 0;
        for (OrderLine line : lines) {
            sold = Math.addExact(sold, line.lineTotal().minorUnits());
            refunded = Math.addExact(refunded, line.unitPrice().times(line.refundedQuantity()).minorUnits());
        }
        if (sold == 0) {
            return Money.zero(pot.currency());
        }
        long share = BigDecimal.valueOf(pot.minorUnits())
                .multiply(BigDecimal.valueOf(refunded))
                .divide(BigDecimal.valueOf(sold), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
        return Money.of(share, pot.currency());
    }

    private static List<OrderLine> refunding(List<OrderLine> lines, List<LineQuantity> asked) {
        if (asked.isEmpty()) {
            throw new InvalidInput("lines", "required", "name at least one line to refund");
        }
        Map<OrderLineId, Integer> more = new HashMap<>();
        Set<OrderLineId> known = new HashSet<>();
        lines.forEach(line -> known.add(line.id()));
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            LineQuantity ask = asked.get(i);
            String at = "lines[" + i + "].";
            if (!known.contains(ask.lineId())) {
                violations.add(new Violation(at + "lineId", "unknown-line", "the order has no line " + ask.lineId()));
            } else if (more.containsKey(ask.lineId())) {
                violations.add(new Violation(at + "lineId", "duplicate-line", "each line may be named once"));
            } else if (ask.quantity() < 1) {
                violations.add(new Violation(at + "quantity", "out-of-range", "quantity must be at least 1"));
            } else {
                more.put(ask.lineId(), ask.quantity());
                int left = lines.stream().filter(line -> line.id().equals(ask.lineId())).findFirst()
                        .orElseThrow().refundableQuantity();
                if (ask.quantity() > left) {
                    violations.add(new Violation(at + "quantity", "beyond-quantity",
                            "only " + left + " of this line can still be refunded"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return lines.stream()
                .map(line -> more.containsKey(line.id()) ? line.withMoreRefunded(more.get(line.id())) : line)
                .toList();
    }
}
