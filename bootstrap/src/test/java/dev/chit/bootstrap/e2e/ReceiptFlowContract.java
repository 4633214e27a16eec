package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order on paper against the whole server: the guest's receipt as JSON, HTML and PDF with
 * the order's token, and the kitchen ticket for the demo manager, which the guest never gets.
 */
abstract class ReceiptFlowContract extends SignedInFlow {

    private static String receipt(String orderId, String query) {
        return "/api/v1/orders/" + orderId + "/receipt" + query;
    }

    private static String ticket(String orderId, String query) {
        return "/api/v1/orders/" + orderId + "/ticket" + query;
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @Test
    void theGuest_getsTheReceipt_asJson_html_andPdf() throws IOException {
        JsonNode placed = placeOrder();
        String id = placed.get("id").asText();
        long number = placed.get("number").asLong();
        Map<String, String> guest = Map.of("X-Order-Token", placed.get("accessToken").asText());
        assertThat(placed.at("/links/receipt").asText()).isEqualTo(receipt(id, ""));

        var json = http.get(receipt(id, ""), guest);
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        JsonNode receipt = json.json();
        assertThat(receipt.get("number").asLong()).isEqualTo(number);
        assertThat(receipt.at("/restaurant/name").asText()).isEqualTo("Harbour Lane Kitchen");
        assertThat(receipt.at("/restaurant/address").asText()).isEqualTo("12 Harbour Lane, Brooklyn, NY 11201, USA");
        assertThat(receipt.get("timezone").asText()).isEqualTo("America/New_York");
        OffsetDateTime placedAt = OffsetDateTime.parse(receipt.get("placedAt").asText());
        assertThat(placedAt.getOffset())
                .isEqualTo(ZoneId.of("America/New_York").getRules().getOffset(placedAt.toInstant()));
        assertThat(placedAt.toInstant()).isEqualTo(OffsetDateTime.parse(placed.get("placedAt").asText()).toInstant());
        assertThat(receipt.at("/lines/0/options")).extracting(o -> o.get("name").asText()).contains("Bacon");
        assertThat(receipt.at("/lines/0/note").asText()).isEqualTo("no pickles");
        assertThat(receipt.get("total").asLong()).isEqualTo(2800 + 248 + 300);
        assertThat(receipt.at("/formatted/total").asText()).isEqualTo("$33.48");
        assertThat(receipt.at("/formatted/tax").asText()).isEqualTo("$2.48");
        assertThat(receipt.get("paymentStatus").asText()).isIn("AUTHORIZED", "CAPTURED");

        var html = http.get(receipt(id, "?format=html"), guest);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.header("Content-Security-Policy")).contains("default-src 'none'").doesNotContain("script-src");
        assertThat(html.body()).contains("<html lang=\"en\">", "#" + number, "Harbour Burger", "+ Bacon ($2.50)",
                "Note: no pickles", "$33.48", "Notes: ring the bell");

        var pdf = http.get(receipt(id, "?format=pdf"), guest);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("inline; filename=\"receipt-" + number + ".pdf\"");
        assertThat(pdfText(pdf.bytes())).contains("Harbour Lane Kitchen", "Receipt for order #" + number,
                "Harbour Burger", "+ Bacon ($2.50)", "Note: no pickles", "Lemonade", "$33.48", "$2.48");
    }

    @Test
    void theReceipt_isForThoseWhoMaySeeTheOrder() {
        JsonNode placed = placeOrder();
        String id = placed.get("id").asText();

        assertThat(http.get(receipt(id, ""), Map.of()).status()).isEqualTo(404);
        assertThat(http.get(receipt(id, ""), Map.of("X-Order-Token", "not-the-token")).status()).isEqualTo(404);
        assertThat(http.get(receipt(id, "?format=pdf"), manager()).status()).isEqualTo(200);
        assertThat(http.get(receipt(id, ""), newCook()).json().get("number").asLong())
                .isEqualTo(placed.get("number").asLong());
    }

    @Test
    void anUnknownFormat_isABadRequest_namingFormat() {
        JsonNode placed = placeOrder();
        String id = placed.get("id").asText();

        var response = http.get(receipt(id, "?format=docx"),
                Map.of("X-Order-Token", placed.get("accessToken").asText()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("format");
        var ticketAsJson = http.get(ticket(id, "?format=json"), manager());
        assertThat(ticketAsJson.status()).isEqualTo(400);
        assertThat(ticketAsJson.json().at("/errors/0/field").asText()).isEqualTo("format");
    }

    @Test
    void theManager_printsTheKitchenTicket_asHtml_andPdf() throws IOException {
        JsonNode placed = placeOrder(deliveryCart());
        String id = placed.get("id").asText();
        long number = placed.get("number").asLong();
        Map<String, String> boss = manager();

        var html = http.get(ticket(id, ""), boss);
        assertThat(html.status()).as(html.body()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body()).contains("@page{size:80mm", "<h1>#" + number + "</h1>", "Delivery",
                "1 Water St<br>Apt 4B<br>Brooklyn, NY 11201<br>US", "Driver: ring twice", "Due ", "Harbour Burger", "+ Bacon", "! no pickles",
                "Order notes: ring the bell").doesNotContain("$");

        var pdf = http.get(ticket(id, "?format=pdf"), boss);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("inline; filename=\"ticket-" + number + ".pdf\"");
        PdfReader reader = new PdfReader(pdf.bytes());
        assertThat(reader.getPageSize(1).getWidth()).isBetween(226f, 227.5f);
        reader.close();
        assertThat(pdfText(pdf.bytes())).contains("#" + number, "DELIVERY", "1 Water St", "Apt 4B",
                "Brooklyn, NY 11201", "Driver: ring twice", "Harbour Burger", "+ Bacon",
                "! no pickles", "Lemonade").doesNotContain("$");
    }

    @Test
    void theGuest_neverGetsTheKitchenTicket() {
        JsonNode placed = placeOrder();
        String id = placed.get("id").asText();

        var withToken = http.get(ticket(id, ""), Map.of("X-Order-Token", placed.get("accessToken").asText()));
        assertThat(withToken.status()).isEqualTo(401);
        assertThat(new String(withToken.bytes(), StandardCharsets.UTF_8)).doesNotContain("Harbour Burger");
        assertThat(http.get(ticket(id, ""), Map.of()).status()).isEqualTo(401);
    }
}
