package dev.chit.application.live;

import dev.chit.domain.port.Printers;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.printing.Printer;
import dev.chit.domain.printing.PrinterStatus;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.List;

/**
 * The restaurant's printers that are not {@code ONLINE}, for its boards and station screens
 * (API.md: "The board shows every printer that is not ONLINE"). Read from the database, where
 * every instance records how it last saw each printer, so a board hears of a printer that
 * another instance found offline.
 */
public final class PrinterTrouble {

    private final Printers printers;
    private final Transactions transactions;

    public PrinterTrouble(Printers printers, Transactions transactions) {
        this.printers = printers;
        this.transactions = transactions;
    }

    /** The restaurant's printers not {@code ONLINE} (offline, out of paper, not heard from yet), by name. */
    public List<Printer> of(RestaurantId restaurantId) {
        return transactions.inTransaction(() -> printers.of(restaurantId)).stream()
                .filter(printer -> printer.status() != PrinterStatus.ONLINE)
                .toList();
    }
}
