package dev.chit.adapters.persistence.printing;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.port.Printers;
import dev.chit.domain.printing.Printer;
import dev.chit.domain.printing.PrinterId;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Printers in {@code printers}; see {@code V100__printers.sql}. */
public final class SqlPrinters implements Printers {

    private final Statements sql;

    public SqlPrinters(Statements sql) {
        this.sql = sql;
    }

    @Override
    public void add(Printer printer, Instant at) {
        sql.update("printer-insert", PrinterRows.INSERT, PrinterRows.insertParams(printer, at));
    }

    @Override
    public boolean change(Printer printer) {
        return sql.inTransaction(() -> {
            boolean changed = sql.update("printer-change", PrinterRows.CHANGE, PrinterRows.changeParams(printer)) == 1;
            // A printer now reached another way: its waiting jobs go with it (Chit's sender, or its polls).
            sql.update("printer-jobs-channel", PrinterRows.JOBS_CHANNEL, printer.connection().channel(),
                    printer.id().value());
            return changed;
        });
    }

    @Override
    public boolean remove(PrinterId id) {
        return sql.inTransaction(() -> {
            sql.update("printer-forget-backup", PrinterRows.FORGET_BACKUP, id.value());
            return sql.update("printer-delete", PrinterRows.DELETE, id.value()) == 1;
        });
    }

    @Override
    public Optional<Printer> find(PrinterId id) {
        return sql.get("printer", PrinterRows.FIND, id.value()).map(PrinterRows::printer);
    }

    @Override
    public List<Printer> of(RestaurantId restaurantId) {
        return sql.query("printers-of", PrinterRows.OF, restaurantId.value()).stream().map(PrinterRows::printer).toList();
    }

    @Override
    public void seen(Printer seen) {
        if (seen.holdingSince().isPresent()) {
            sql.update("printer-seen-holding", PrinterRows.SEEN_HOLDING, seen.status().name(), seen.lastSeenAt(),
                    seen.holdingSince(), seen.id().value());
        } else {
            sql.update("printer-seen", PrinterRows.SEEN_CLEAR, seen.status().name(), seen.lastSeenAt(),
                    seen.id().value());
        }
    }

    @Override
    public List<Printer> heldSinceBeforeUntold(Instant since, Instant now) {
        return sql.query("printers-held-untold", PrinterRows.HELD_UNTOLD, since).stream()
                .map(PrinterRows::printer)
                .filter(printer -> sql.update("printer-told", PrinterRows.TOLD, now, printer.id().value()) == 1)
                .toList();
    }
}
