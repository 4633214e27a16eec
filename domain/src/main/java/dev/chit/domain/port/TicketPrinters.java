package dev.chit.domain.port;

import dev.chit.domain.printing.PaperTicket;
import dev.chit.domain.printing.PrintOutcome;
import dev.chit.domain.printing.PrinterStatus;
import dev.chit.domain.printing.TcpAddress;

/**
 * The kitchen's printers on the restaurant's network: prints a ticket and says whether the
 * printer took it, and asks a printer how it is. Never throws for a printer's fault (off, out
 * of paper, gone mid-ticket): that is an outcome, not an error.
 */
public interface TicketPrinters {

    /** Prints {@code ticket} {@code copies} times, then asks the printer's status; printed only on a good answer. */
    PrintOutcome print(TcpAddress printer, PaperTicket ticket, int copies);

    /** The printer's status, asked without printing anything. */
    PrinterStatus status(TcpAddress printer);
}
