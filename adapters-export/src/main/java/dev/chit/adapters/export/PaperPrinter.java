package dev.chit.adapters.export;

import dev.chit.application.receipts.KitchenTicket;
import dev.chit.application.receipts.PrintFormat;
import dev.chit.application.receipts.Printer;
import dev.chit.application.receipts.Receipt;

import java.nio.charset.StandardCharsets;

/** Receipts and kitchen tickets as printable HTML (UTF-8) and as PDF (OpenPDF). */
public final class PaperPrinter implements Printer {

    @Override
    public byte[] receipt(Receipt receipt, PrintFormat format) {
        return switch (format) {
            case HTML -> ReceiptPage.render(receipt).getBytes(StandardCharsets.UTF_8);
            case PDF -> ReceiptPdf.render(receipt);
        };
    }

    @Override
    public byte[] ticket(KitchenTicket ticket, PrintFormat format) {
        return switch (format) {
            case HTML -> TicketPage.render(ticket).getBytes(StandardCharsets.UTF_8);
            case PDF -> TicketPdf.render(ticket);
        };
    }
}
