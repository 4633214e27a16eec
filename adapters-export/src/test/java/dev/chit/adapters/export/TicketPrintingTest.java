package dev.chit.adapters.export;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import dev.chit.application.receipts.PrintFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TicketPrintingTest {

    private final PaperPrinter printer = new PaperPrinter();

    @Test
    void theHtmlTicket_isLaidOutFor80mm_withTheNumberBig_andNoPrices() {
        Document page = Jsoup.parse(new String(printer.ticket(Papers.ticket(), PrintFormat.HTML), StandardCharsets.UTF_8));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Ticket #42");
        assertThat(page.selectFirst("style").data()).contains("@page{size:80mm");
        assertThat(page.selectFirst("h1").text()).isEqualTo("#42");
        assertThat(page.selectFirst(".fulfillment").text()).isEqualTo("Delivery");
        assertThat(page.selectFirst(".address").textNodes()).extracting(node -> node.text().strip())
                .containsExactly("1 Water St", "Apt 4B", "Brooklyn, NY 11201", "US");
        assertThat(page.selectFirst(".instructions").text()).isEqualTo("Driver: ring twice <loudly>");
        assertThat(page.selectFirst(".due").text()).isEqualTo("Due 07:25");
        var rows = page.select("tbody tr");
        assertThat(rows.get(0).text()).isEqualTo("1 x Harbour Burger + Medium rare + Bacon ! " + Papers.SCRIPT_NOTE);
        assertThat(rows.get(1).text()).isEqualTo("2 x Lemonade + Large");
        assertThat(page.text()).contains("Order notes: ring the bell <twice>").doesNotContain("$");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("twice")).isEmpty();
    }

    @Test
    void thePdfTicket_is80mmWide_asLongAsItsContent_andReadsBack() throws IOException {
        byte[] pdf = printer.ticket(Papers.ticket(), PrintFormat.PDF);

        PdfReader reader = new PdfReader(pdf);
        Rectangle page = reader.getPageSize(1);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(page.getWidth()).isCloseTo(226.77f, within(0.1f));
        assertThat(page.getHeight()).isBetween(100f, 600f);
        reader.close();
        String text = ReceiptPrintingTest.pdfText(pdf);
        assertThat(text).contains("#42", "DELIVERY", "1 Water St", "Apt 4B", "Brooklyn, NY 11201",
                "Driver: ring twice <loudly>", "Due 07:25", "1 x", "Harbour Burger",
                "+ Medium rare", "+ Bacon", "! <script>alert('pwned')</script>", "2 x", "Lemonade", "+ Large",
                "Order notes: ring the bell <twice>").doesNotContain("$");
    }

    @Test
    void aLongerTicket_isALongerPage() throws IOException {
        var ticket = Papers.ticket();
        var longer = new dev.chit.application.receipts.KitchenTicket(ticket.restaurantName(), ticket.orderId(),
                ticket.number(), ticket.fulfillment(), ticket.placedAt(), ticket.due(), ticket.scheduledFor(),
                ticket.customerName(), java.util.stream.Stream.of(ticket.lines(), ticket.lines(), ticket.lines())
                .flatMap(java.util.List::stream).toList(), ticket.notes());

        float shortHeight = new PdfReader(printer.ticket(ticket, PrintFormat.PDF)).getPageSize(1).getHeight();
        float longHeight = new PdfReader(printer.ticket(longer, PrintFormat.PDF)).getPageSize(1).getHeight();

        assertThat(longHeight).isGreaterThan(shortHeight + 50);
    }
}
