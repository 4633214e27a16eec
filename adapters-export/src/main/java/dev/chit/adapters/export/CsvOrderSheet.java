package dev.chit.adapters.export;

import dev.chit.application.reports.ExportRange;
import dev.chit.application.reports.OrderSheet;
import dev.chit.domain.order.Order;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The export as CSV (commons-csv, RFC 4180: CRLF, quotes doubled), UTF-8 without a byte-order
 * mark, the header row first. Rows are printed into a block of text that is encoded and sent
 * once it holds {@value #BLOCK_CHARS} characters (and at least every {@value #SEND_EVERY}
 * orders): they leave while later ones are still being read. commons-csv writes cell by cell
 * and character by character; into a {@link StringBuilder} that costs no lock and no encoder
 * call each time, as a {@code Writer} would.
 */
final class CsvOrderSheet implements OrderSheet {

    private static final int BLOCK_CHARS = 1 << 16;
    private static final int SEND_EVERY = 100;

    private final OutputStream out;
    private final StringBuilder block = new StringBuilder(BLOCK_CHARS + BLOCK_CHARS / 4);
    private final CSVPrinter printer;
    private final boolean perLine;
    private final ExportColumns columns;
    private final ZoneId zone;
    private int unsent;

    CsvOrderSheet(ExportRange range, OutputStream out, boolean perLine, ExportColumns columns) {
        this.out = out;
        this.perLine = perLine;
        this.columns = columns;
        this.zone = range.restaurant().timezone();
        try {
            this.printer = new CSVPrinter(block, CSVFormat.RFC4180.builder()
                    .setHeader(columns.header(perLine).toArray(String[]::new)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void add(Order order) {
        List<String> orderCells = columns.order(order, zone);
        List<String> money = columns.money(order);
        try {
            if (perLine) {
                for (int position = 0; position < order.lines().size(); position++) {
                    List<String> row = new ArrayList<>(orderCells);
                    row.addAll(columns.line(order.lines().get(position), position + 1, zone));
                    row.addAll(money);
                    printer.printRecord(row);
                }
            } else {
                List<String> row = new ArrayList<>(orderCells);
                row.addAll(columns.items(order));
                row.addAll(money);
                printer.printRecord(row);
            }
            if (++unsent >= SEND_EVERY || block.length() >= BLOCK_CHARS) {
                send();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        try {
            send();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void send() throws IOException {
        out.write(block.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        block.setLength(0);
        unsent = 0;
    }
}
