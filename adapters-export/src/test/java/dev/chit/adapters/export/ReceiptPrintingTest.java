package dev.chit.adapters.export;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.chit.application.receipts.PrintFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptPrintingTest {

    private final PaperPrinter printer = new PaperPrinter();

    private Document html() {
        return Jsoup.parse(new String(printer.receipt(Papers.receipt(), PrintFormat.HTML), StandardCharsets.UTF_8));
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void theHtmlReceipt_isAnAccessiblePrintablePage() {
        Document page = html();

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Receipt #42 - Harbour Lane Kitchen");
        assertThat(page.select("table.lines thead th[scope=col]")).extracting(th -> th.text())
                .containsExactly("Qty", "Item", "Amount");
        assertThat(page.select("table.totals th[scope=row]")).isNotEmpty();
        assertThat(page.selectFirst("style").data()).contains("@media print");
    }

    @Test
    void theHtmlReceipt_saysWhoSoldWhatWhenAndForHowMuch() {
        Document page = html();

        assertThat(page.selectFirst("h1").text()).isEqualTo("Harbour Lane Kitchen");
        assertThat(page.selectFirst("address").text()).isEqualTo("1 Harbour Lane Brooklyn, NY");
        assertThat(page.selectFirst(".number").text()).isEqualTo("#42");
        assertThat(page.selectFirst("time").text()).isEqualTo("Mon 2 Mar 2026, 07:00 EST");
        assertThat(page.selectFirst("time").attr("datetime")).isEqualTo("2026-03-02T07:00:00-05:00");
        var rows = page.select("table.lines tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).contains("Harbour Burger", "+ Medium rare", "+ Bacon ($2.50)", "$17.00");
        assertThat(rows.get(1).text()).contains("2", "Lemonade ($5.50 each)", "+ Large ($1.50)", "$11.00");
        assertThat(page.select("table.totals tr")).extracting(tr -> tr.text()).containsExactly(
                "Subtotal $28.00", "Tax $2.48", "Service fee $0.00", "Delivery fee $0.00", "Tip $3.00",
                "Total $33.48", "Refunded -$5.00", "Net paid $28.48");
        assertThat(page.text()).contains("Payment: Paid by card, partly refunded", "Notes: ring the bell");
    }

    @Test
    void whatGuestsWrote_isEscaped_neverMarkup() {
        Document page = html();

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("b")).isEmpty();
        assertThat(page.selectFirst("table.lines .note").text()).isEqualTo("Note: " + Papers.SCRIPT_NOTE);
        assertThat(page.text()).contains("For Ada <b>Guest</b>");
    }

    @Test
    void amounts_haveTheCurrencysDigits() {
        String yen = new String(printer.receipt(Papers.receiptInYen(), PrintFormat.HTML), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(yen);

        assertThat(page.select("table.totals tr")).extracting(tr -> tr.text()).contains("Subtotal ¥2,800",
                "Total ¥3,080");
        assertThat(page.selectFirst("time").text()).isEqualTo("Mon 2 Mar 2026, 21:00 JST");
        assertThat(page.text()).contains("Dine in, table 4");
    }

    @Test
    void aDeliveryReceipt_showsTheAddressInItsParts_andTheDriversInstructions() throws IOException {
        Document page = Jsoup.parse(new String(printer.receipt(Papers.deliveryReceipt(), PrintFormat.HTML),
                StandardCharsets.UTF_8));
        String pdf = pdfText(printer.receipt(Papers.deliveryReceipt(), PrintFormat.PDF));

        assertThat(page.selectFirst(".delivery").textNodes()).extracting(node -> node.text().strip())
                .containsExactly("Deliver to: 1 Water St", "Apt 4B", "Brooklyn, NY 11201", "US");
        assertThat(page.selectFirst(".instructions").text()).isEqualTo("For the driver: ring twice <loudly>");
        assertThat(page.select("loudly")).isEmpty();
        assertThat(pdf).contains("Deliver to: 1 Water St", "Apt 4B", "Brooklyn, NY 11201", "US",
                "For the driver: ring twice <loudly>");
    }

    @Test
    void thePdfReceipt_readsBackWithTheSameContent() throws IOException {
        byte[] pdf = printer.receipt(Papers.receipt(), PrintFormat.PDF);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf);
        assertThat(text).contains("Harbour Lane Kitchen", "1 Harbour Lane", "Receipt for order #42",
                "Mon 2 Mar 2026, 07:00 EST", "Harbour Burger", "+ Medium rare", "+ Bacon ($2.50)",
                "Note: " + Papers.SCRIPT_NOTE, "Lemonade", "+ Large ($1.50)", "$17.00", "$11.00",
                "Subtotal", "$28.00", "Tax", "$2.48", "Tip", "$3.00", "Total", "$33.48", "Refunded", "-$5.00",
                "Payment: Paid by card, partly refunded", "Notes: ring the bell");
    }

    @Test
    void thePdfReceipt_inYen_hasNoCents() throws IOException {
        String text = pdfText(printer.receipt(Papers.receiptInYen(), PrintFormat.PDF));

        assertThat(text).contains("¥2,800", "¥3,080", "21:00 JST").doesNotContain("¥2,800.00");
    }
}
