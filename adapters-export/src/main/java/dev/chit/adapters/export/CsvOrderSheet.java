package dev.chit.adapters.export;

import dev.chit.application.reports.ExportRange;
import dev.chit.application.reports.OrderSheet;
import dev.chit.domain.order.Order;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The export as CSV (commons-csv, RFC 4180: CRLF, quotes doubled), UTF-8 without a byte-order
 * mark, the header row first. Rows are flushed every
 * {@value #FLUSH_EVERY} orders: they leave while later ones are still being read.
 */
final class CsvOrderSheet implements OrderSheet {

    private static final int FLUSH_EVERY = 100;

    private final CSVPrinter printer;
    private final boolean perLine;
    private final ZoneId zone;
    private int unflushed;

    CsvOrderSheet(ExportRange range, OutputStream out, boolean perLine) {
        this.perLine = perLine;
        this.zone = range.restaurant().timezone();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(ExportColumns.header(perLine).toArray(String[]::new)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void add(Order order) {
        List<String> orderCells = ExportColumns.order(order, zone);
        List<String> money = ExportColumns.money(order);
        try {
            if (perLine) {
                for (int position = 0; position < order.lines().size(); position++) {
                    List<String> row = new ArrayList<>(orderCells);
                    row.addAll(ExportColumns.line(order.lines().get(position), position + 1));
                    row.addAll(money);
                    printer.printRecord(row);
                }
            } else {
                List<String> row = new ArrayList<>(orderCells);
                row.addAll(ExportColumns.items(order));
                row.addAll(money);
                printer.printRecord(row);
            }
            if (++unflushed >= FLUSH_EVERY) {
                printer.flush();
                unflushed = 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
