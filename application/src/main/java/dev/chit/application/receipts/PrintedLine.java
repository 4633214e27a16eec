package dev.chit.application.receipts;

import dev.chit.domain.checkout.QuotedOption;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderLine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A line as printed: on the receipt with its prices, on the kitchen ticket without. */
public record PrintedLine(String name, int quantity, Money unitPrice, List<Option> options, Optional<String> note,
                          Money lineTotal, int refundedQuantity) {

    public PrintedLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        options = List.copyOf(options);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(lineTotal, "lineTotal");
    }

    /** A line none of whose items were refunded. */
    public PrintedLine(String name, int quantity, Money unitPrice, List<Option> options, Optional<String> note,
                       Money lineTotal) {
        this(name, quantity, unitPrice, options, note, lineTotal, 0);
    }

    static PrintedLine of(OrderLine line) {
        return new PrintedLine(line.name(), line.quantity(), line.unitPrice(),
                line.options().stream().map(Option::of).toList(), line.note(), line.lineTotal(),
                line.refundedQuantity());
    }

    /** An option chosen for the line, with what it added to the unit price. */
    public record Option(String name, Money priceDelta) {

        public Option {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(priceDelta, "priceDelta");
        }

        static Option of(QuotedOption option) {
            return new Option(option.name(), option.priceDelta());
        }
    }
}
