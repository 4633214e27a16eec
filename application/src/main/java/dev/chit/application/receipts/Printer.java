package dev.chit.application.receipts;

/**
 * Lays receipts and kitchen tickets out on paper (a PDF) or as a printable page (HTML, UTF-8).
 * Implementations only render: what is on the paper is decided by {@link Receipt} and
 * {@link KitchenTicket}, and who may see it by the use cases.
 */
public interface Printer {

    byte[] receipt(Receipt receipt, PrintFormat format);

    byte[] ticket(KitchenTicket ticket, PrintFormat format);
}
