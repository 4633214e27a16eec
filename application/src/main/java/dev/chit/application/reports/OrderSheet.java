package dev.chit.application.reports;

import dev.chit.domain.order.Order;

/**
 * One export being written, as its orders are read: a CSV, a JSON array, a PDF report. It
 * writes to its stream as it goes; an {@link java.io.UncheckedIOException} from {@link #add}
 * (the client went away) stops the export.
 */
public interface OrderSheet {

    void add(Order order);

    /** After the last order: closes what the format needs closed (a JSON array, the PDF's totals). */
    void finish();
}
