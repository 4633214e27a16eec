package dev.chit.adapters.export;

import dev.chit.application.receipts.Receipt;
import dev.chit.domain.checkout.TaxLine;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderTotals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The totals of a receipt, row by row, as the HTML and PDF receipts both print them. Tax added on
 * top is a row of the sum ("Tax", or one row per rate when there are several); tax the prices
 * held is shown under the total ("incl. VAT 19 %", "inkl. MwSt. 19 %"), since it is not added to it.
 */
final class TotalsRows {

    /** One row: {@code total} rows are printed in bold, the {@code refund} row apart. */
    record Row(String label, Money amount, boolean total, boolean refund) {

        Row(String label, Money amount, boolean total) {
            this(label, amount, total, false);
        }
    }

    private TotalsRows() {
    }

    /** The rows in the receipt's language ({@code words}). */
    static List<Row> of(Receipt receipt, ReceiptText words) {
        OrderTotals totals = receipt.totals();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(words.say("subtotal"), totals.subtotal(), false));
        if (!totals.taxIncluded()) {
            if (totals.taxes().size() == 1) {
                rows.add(new Row(words.say("tax"), totals.tax(), false));
            } else {
                totals.taxes().forEach(tax -> rows.add(new Row(words.say("taxAt", percent(tax)), tax.amount(), false)));
            }
        }
        rows.add(new Row(words.say("serviceFee"), totals.serviceFee(), false));
        rows.add(new Row(words.say("deliveryFee"), totals.deliveryFee(), false));
        if (!totals.discount().isZero()) {
            rows.add(new Row(words.say("discount"), totals.discount().times(-1), false));
        }
        rows.add(new Row(words.say("tip"), totals.tip(), false));
        rows.add(new Row(words.say("total"), totals.total(), true));
        if (totals.taxIncluded()) {
            totals.taxes().forEach(tax -> rows.add(new Row(words.say("taxIncludedAt", percent(tax)), tax.amount(),
                    false)));
        }
        if (!receipt.refunded().isZero()) {
            rows.add(new Row(words.say("refunded"), receipt.refunded().times(-1), false, true));
            rows.add(new Row(words.say("netPaid"), totals.total().minus(receipt.refunded()), false));
        }
        return rows;
    }

    /** "19 %", "8.25 %": basis points as a percentage with no trailing zeros. */
    static String percent(TaxLine tax) {
        return BigDecimal.valueOf(tax.basisPoints(), 2).stripTrailingZeros().toPlainString() + " %";
    }
}
