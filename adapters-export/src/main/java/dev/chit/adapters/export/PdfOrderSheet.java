package dev.chit.adapters.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.chit.application.reports.ExportRange;
import dev.chit.application.reports.OrderSheet;
import dev.chit.domain.order.Order;
import dev.chit.domain.report.SalesRule;
import dev.chit.domain.report.SalesSummary.Totals;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The export as a printable report (A4 landscape): a header with the restaurant, the range and
 * its time zone; a table of the orders, its header row on every page; then the totals of the
 * orders that count for sales, as the summary defines them; page numbers on every page. The
 * table is a "large" one: rows are laid out and leave in pages while later orders are read.
 */
final class PdfOrderSheet implements OrderSheet {

    private static final int ROWS_PER_FLUSH = 50;
    private static final DateTimeFormatter PLACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);

    private final Document document;
    private final PdfPTable table;
    private final ZoneId zone;
    private final Currency currency;
    private int pendingRows;
    private long orders;
    private long counted;
    private long gross;
    private long discounts;
    private long serviceFees;
    private long deliveryFees;
    private long tax;
    private long tips;
    private long refunds;
    private long totals;

    PdfOrderSheet(ExportRange range, OutputStream out) {
        this.zone = range.restaurant().timezone();
        this.currency = range.restaurant().currency();
        this.document = new Document(PageSize.A4.rotate(), 30, 30, 30, 40);
        String days = range.firstDay().map(first -> first + " to ").orElse("up to ") + range.lastDay();
        String title = range.restaurant().name() + " - orders " + days;
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(title));
            document.addTitle(title);
            document.addCreator("Chit");
            document.open();
            document.add(new Paragraph(range.restaurant().name(), Pdf.HEADING));
            document.add(new Paragraph("Orders placed " + days + " (inclusive), times in " + zone.getId(), Pdf.BODY));
        } catch (DocumentException e) {
            throw new IllegalStateException("could not start the report", e);
        }
        this.table = new PdfPTable(new float[] {1.2f, 2.4f, 2f, 1.6f, 3f, 7f, 1.6f, 1.6f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String heading : new String[] {"#", "Placed", "Status", "Fulfillment", "Customer", "Items"}) {
            table.addCell(Pdf.cell(heading, Pdf.BOLD));
        }
        table.addCell(Pdf.amount("Total", Pdf.BOLD));
        table.addCell(Pdf.amount("Refunded", Pdf.BOLD));
    }

    @Override
    public void add(Order order) {
        table.addCell(Pdf.cell("#" + order.number(), Pdf.SMALL));
        table.addCell(Pdf.cell(PLACED.format(order.placedAt().atZone(zone)), Pdf.SMALL));
        table.addCell(Pdf.cell(order.status().name(), Pdf.SMALL));
        table.addCell(Pdf.cell(order.fulfillment().type().name(), Pdf.SMALL));
        table.addCell(Pdf.cell(order.customer().name(), Pdf.SMALL));
        table.addCell(Pdf.cell(order.lines().stream().map(line -> line.quantity() + " x " + line.name())
                .collect(Collectors.joining(", ")), Pdf.SMALL));
        table.addCell(Pdf.amount(Cells.amount(order.totals().total()), Pdf.SMALL));
        table.addCell(Pdf.amount(order.refunded().isZero() ? "" : Cells.amount(order.refunded()), Pdf.SMALL));
        count(order);
        if (++pendingRows >= ROWS_PER_FLUSH) {
            document.add(table);
            pendingRows = 0;
        }
    }

    private void count(Order order) {
        orders++;
        if (!SalesRule.countsForSales(order)) {
            return;
        }
        var t = order.totals();
        counted++;
        gross += t.subtotal().minorUnits();
        discounts += t.discount().minorUnits();
        serviceFees += t.serviceFee().minorUnits();
        deliveryFees += t.deliveryFee().minorUnits();
        tax += t.tax().minorUnits();
        tips += t.tip().minorUnits();
        refunds += order.refunded().minorUnits();
        totals += t.total().minorUnits();
    }

    @Override
    public void finish() {
        table.setComplete(true);
        document.add(table);
        document.add(new Paragraph(orders + " orders; " + counted + " count for sales (accepted by the kitchen)",
                Pdf.BODY));
        document.add(SummaryPdf.totals(new Totals(counted, gross, discounts, serviceFees, deliveryFees, tax, tips,
                refunds, totals), currency));
        document.close();
    }
}
