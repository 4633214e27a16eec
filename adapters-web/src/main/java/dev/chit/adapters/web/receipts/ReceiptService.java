package dev.chit.adapters.web.receipts;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.orders.OrderService;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MalformedParameter;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.adapters.web.support.SecurityHeaders;
import dev.chit.application.access.Caller;
import dev.chit.application.receipts.KitchenTicket;
import dev.chit.application.receipts.PrintFormat;
import dev.chit.application.receipts.PrintTicket;
import dev.chit.application.receipts.Receipt;
import dev.chit.application.receipts.ShowReceipt;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.OrderId;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Locale;
import java.util.Optional;

/**
 * An order on paper. {@code GET /orders/{orderId}/receipt?format=json|html|pdf} for whoever may
 * see the order (its guest's {@code X-Order-Token}, its restaurant's people, admins);
 * {@code GET /orders/{orderId}/ticket?format=html|pdf} for its restaurant's people only. The
 * use cases decide what is on the paper and who sees it; this picks the format and sends the bytes.
 */
public final class ReceiptService implements HttpService {

    private static final String RECEIPT = "/orders/{orderId}/receipt";
    private static final String TICKET = "/orders/{orderId}/ticket";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String PDF = "application/pdf";

    private final ShowReceipt showReceipt;
    private final PrintTicket printTicket;
    private final Json json;

    public ReceiptService(ShowReceipt showReceipt, PrintTicket printTicket, Json json) {
        this.showReceipt = showReceipt;
        this.printTicket = printTicket;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(RECEIPT, this::receipt)
                .any(RECEIPT, MethodNotAllowed.allowing(Method.GET))
                .get(TICKET, this::ticket)
                .any(TICKET, MethodNotAllowed.allowing(Method.GET));
    }

    private void receipt(ServerRequest req, ServerResponse res) {
        OrderId orderId = new OrderId(PathIds.uuid(req, "orderId", "order"));
        String format = format(req, "json", "json", "html", "pdf");
        Optional<String> accessToken = req.headers().first(OrderService.ORDER_TOKEN);
        Optional<Caller> caller = Callers.optional(req);
        Receipt receipt;
        if (accessToken.isPresent()) {
            receipt = showReceipt.forGuest(orderId, accessToken.get());
        } else if (caller.isPresent()) {
            receipt = showReceipt.forCaller(caller.get(), orderId);
        } else {
            throw new NotFound("order", orderId);
        }
        switch (format) {
            case "html" -> send(res, PrintFormat.HTML, showReceipt.print(receipt, PrintFormat.HTML), "");
            case "pdf" -> send(res, PrintFormat.PDF, showReceipt.print(receipt, PrintFormat.PDF),
                    "receipt-" + receipt.number() + ".pdf");
            default -> JsonResponses.send(res, Status.OK_200, json.write(ReceiptJson.of(receipt)));
        }
    }

    private void ticket(ServerRequest req, ServerResponse res) {
        OrderId orderId = new OrderId(PathIds.uuid(req, "orderId", "order"));
        PrintFormat format = "pdf".equals(format(req, "html", "html", "pdf")) ? PrintFormat.PDF : PrintFormat.HTML;
        // A guest's token opens the receipt, never the kitchen's ticket.
        Caller caller = Callers.require(req);
        KitchenTicket ticket = printTicket.ticket(caller, orderId);
        send(res, format, printTicket.print(ticket, format), "ticket-" + ticket.number() + ".pdf");
    }

    private static void send(ServerResponse res, PrintFormat format, byte[] body, String pdfName) {
        res.status(Status.OK_200);
        if (format == PrintFormat.PDF) {
            res.header(HeaderNames.CONTENT_TYPE, PDF);
            res.header(HeaderNames.CONTENT_DISPOSITION, "inline; filename=\"" + pdfName + "\"");
        } else {
            res.header(HeaderNames.CONTENT_TYPE, HTML);
            res.header(SecurityHeaders.PRINTABLE_PAGE_CONTENT_POLICY);
        }
        res.send(body);
    }

    /** @throws MalformedParameter naming {@code format} when it is not one of {@code allowed} */
    private static String format(ServerRequest req, String fallback, String... allowed) {
        String format = req.query().first("format").asOptional().orElse(fallback).toLowerCase(Locale.ROOT);
        for (String known : allowed) {
            if (known.equals(format)) {
                return format;
            }
        }
        throw new MalformedParameter("format", "invalid-value", "format must be one of " + String.join(", ", allowed));
    }
}
