package dev.chit.adapters.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.SalesSummary.ItemSales;
import dev.chit.domain.report.SalesSummary.Slice;
import dev.chit.domain.report.SalesSummary.Totals;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sales summary as a printable A4 report: the totals, a bar chart of net sales by hour of
 * day (drawn in the PDF), then the tables (fulfillment, days, top items, the kitchen).
 */
final class SummaryPdf {

    private static final Color BAR = new Color(0x2f, 0x6f, 0x9f);
    private static final Color AXIS = new Color(0x88, 0x88, 0x88);
    private static final float CHART_WIDTH = 520;
    private static final float CHART_HEIGHT = 170;

    private SummaryPdf() {
    }

    static byte[] render(SalesSummary summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 44);
        String title = summary.restaurantName() + " - sales " + summary.period().from() + " to " + summary.period().to();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(title));
            document.addTitle(title);
            document.addCreator("Chit");
            document.open();
            document.add(new Paragraph(summary.restaurantName(), Pdf.HEADING));
            document.add(new Paragraph("Sales summary, " + summary.period().from() + " to " + summary.period().to()
                    + " (inclusive), times in " + summary.zone().getId(), Pdf.BODY));
            document.add(new Paragraph("Orders: " + statuses(summary.ordersByStatus()), Pdf.SMALL));
            document.add(totals(summary.totals(), summary.currency()));
            document.add(new Paragraph("Net sales by hour of day (" + summary.currency().getCurrencyCode() + ")",
                    Pdf.BOLD));
            document.add(Image.getInstance(hourChart(writer, summary)));
            document.add(slices("By fulfillment", summary.byFulfillment(), summary.currency()));
            document.add(slices("By day", summary.byDay(), summary.currency()));
            document.add(items("Top items by quantity", summary.topItemsByQuantity(), summary.currency()));
            document.add(items("Top items by revenue", summary.topItemsByRevenue(), summary.currency()));
            document.add(new Paragraph("Kitchen", Pdf.BOLD));
            document.add(new Paragraph(SummaryCsv.kitchen(summary).stream()
                    .map(row -> row.get(0) + ": " + row.get(1)).collect(Collectors.joining("\n")), Pdf.BODY));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the summary", e);
        }
        return out.toByteArray();
    }

    private static String statuses(Map<OrderStatus, Long> byStatus) {
        if (byStatus.isEmpty()) {
            return "none";
        }
        return byStatus.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey().name() + " " + entry.getValue()).collect(Collectors.joining(", "));
    }

    /** The money of the orders that count for sales, as the export's PDF ends and the summary begins. */
    static PdfPTable totals(Totals totals, Currency currency) {
        PdfPTable table = new PdfPTable(new float[] {4, 2});
        table.setWidthPercentage(45);
        table.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
        table.setSpacingBefore(8);
        table.setSpacingAfter(10);
        for (List<String> row : SummaryCsv.totals(totals, currency)) {
            boolean strong = row.get(0).equals("Net sales") || row.get(0).equals("Total collected");
            table.addCell(Pdf.cell(row.get(0), strong ? Pdf.BOLD : Pdf.BODY));
            table.addCell(Pdf.amount(row.get(1), strong ? Pdf.BOLD : Pdf.BODY));
        }
        return table;
    }

    // 24 bars, one per local hour, scaled to the busiest; its value written above it.
    private static PdfTemplate hourChart(PdfWriter writer, SalesSummary summary) {
        Map<String, Long> byHour = summary.byHour().stream().collect(Collectors.toMap(Slice::key, Slice::netSales));
        long most = Math.max(1, byHour.values().stream().mapToLong(Long::longValue).max().orElse(1));
        PdfTemplate chart = writer.getDirectContent().createTemplate(CHART_WIDTH, CHART_HEIGHT);
        BaseFont font = Pdf.SMALL.getCalculatedBaseFont(false);
        float left = 4;
        float bottom = 16;
        float plotHeight = CHART_HEIGHT - bottom - 16;
        float slot = (CHART_WIDTH - left) / 24;
        chart.setColorStroke(AXIS);
        chart.setLineWidth(0.5f);
        chart.moveTo(left, bottom);
        chart.lineTo(CHART_WIDTH, bottom);
        chart.stroke();
        for (int hour = 0; hour < 24; hour++) {
            String key = "%02d".formatted(hour);
            long value = byHour.getOrDefault(key, 0L);
            float height = plotHeight * value / most;
            float x = left + hour * slot + slot * 0.15f;
            if (value > 0) {
                chart.setColorFill(BAR);
                chart.rectangle(x, bottom, slot * 0.7f, Math.max(height, 0.5f));
                chart.fill();
            }
            chart.beginText();
            chart.setColorFill(Color.BLACK);
            chart.setFontAndSize(font, 7);
            chart.showTextAligned(PdfContentByte.ALIGN_CENTER, key, x + slot * 0.35f, 5, 0);
            if (value > 0) {
                chart.setFontAndSize(font, 6);
                chart.showTextAligned(PdfContentByte.ALIGN_CENTER, Cells.amount(value, summary.currency()),
                        x + slot * 0.35f, bottom + height + 3, 0);
            }
            chart.endText();
        }
        return chart;
    }

    private static PdfPTable slices(String title, List<Slice> slices, Currency currency) {
        return table(title, new String[] {"", "Orders", "Net sales", "Collected"}, slices,
                slice -> List.of(slice.key(), Long.toString(slice.orders()), Cells.amount(slice.netSales(), currency),
                        Cells.amount(slice.totalCollected(), currency)));
    }

    private static PdfPTable items(String title, List<ItemSales> items, Currency currency) {
        return table(title, new String[] {"Item", "Quantity", "Revenue"}, items,
                item -> List.of(item.name(), Long.toString(item.quantity()), Cells.amount(item.revenue(), currency)));
    }

    private static <T> PdfPTable table(String title, String[] headings, List<T> rows, Function<T, List<String>> cells) {
        float[] widths = new float[headings.length];
        widths[0] = 4;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.6f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(2);
        var caption = Pdf.cell(title, Pdf.BOLD);
        caption.setColspan(headings.length);
        table.addCell(caption);
        for (int i = 0; i < headings.length; i++) {
            table.addCell(i == 0 ? Pdf.cell(headings[i], Pdf.BOLD) : Pdf.amount(headings[i], Pdf.BOLD));
        }
        if (rows.isEmpty()) {
            var none = Pdf.cell("none", Pdf.ITALIC);
            none.setColspan(headings.length);
            table.addCell(none);
        }
        for (T row : rows) {
            List<String> values = cells.apply(row);
            for (int i = 0; i < values.size(); i++) {
                table.addCell(i == 0 ? Pdf.cell(values.get(i), Pdf.BODY) : Pdf.amount(values.get(i), Pdf.BODY));
            }
        }
        return table;
    }
}
