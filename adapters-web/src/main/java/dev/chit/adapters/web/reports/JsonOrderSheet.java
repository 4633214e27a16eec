package dev.chit.adapters.web.reports;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.orders.OrderDocuments;
import dev.chit.application.reports.OrderSheet;
import dev.chit.domain.order.Order;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The export as JSON: one array of orders exactly as the API shows them ({@link OrderDocuments},
 * the one JSON setup), or NDJSON, one such order per line. Each order is written as it comes,
 * so nothing but one order is ever held.
 */
final class JsonOrderSheet implements OrderSheet {

    private static final byte[] OPEN = "[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BETWEEN = ",\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CLOSE = "]\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEWLINE = "\n".getBytes(StandardCharsets.UTF_8);
    private static final int FLUSH_EVERY = 100;

    private final Json json;
    private final OutputStream out;
    private final boolean lines;
    private long written;

    JsonOrderSheet(Json json, OutputStream out, boolean lines) {
        this.json = json;
        this.out = out;
        this.lines = lines;
        if (!lines) {
            write(OPEN);
        }
    }

    @Override
    public void add(Order order) {
        if (!lines && written > 0) {
            write(BETWEEN);
        }
        write(json.write(OrderDocuments.of(order)));
        if (lines) {
            write(NEWLINE);
        }
        if (++written % FLUSH_EVERY == 0) {
            flush();
        }
    }

    @Override
    public void finish() {
        if (!lines) {
            write(CLOSE);
        }
        flush();
    }

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
