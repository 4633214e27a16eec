package dev.chit.application.printing;

import dev.chit.application.access.NotAuthenticated;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.port.PasswordHasher;
import dev.chit.domain.port.PrintJobs;
import dev.chit.domain.port.Printers;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.printing.PrintJob;
import dev.chit.domain.printing.Printer;
import dev.chit.domain.printing.PrinterConnection;
import dev.chit.domain.printing.PrinterId;
import dev.chit.domain.printing.PrinterStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Star CloudPRNT: a printer behind the restaurant's router polls with its status, fetches the
 * job it was told of by its token, and confirms it with a status code. A job handed out stays
 * the printer's for the lease; one not confirmed by then is handed out again under a new token,
 * marked as a reprint. Every call signs in with the printer's own credentials; wrong ones are
 * refused (401) before anything is read or changed.
 */
public final class CloudPrnt {

    private final Printers printers;
    private final PrintJobs jobs;
    private final TicketWriter writer;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;
    private final PrintSettings settings;

    public CloudPrnt(Printers printers, PrintJobs jobs, TicketWriter writer, PasswordHasher hasher,
                     Transactions transactions, Clock clock, PrintSettings settings) {
        this.printers = printers;
        this.jobs = jobs;
        this.writer = writer;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    /** A poll: records how the printer is, and hands out its oldest job waiting, if any. */
    public Optional<UUID> poll(PrinterId id, String username, String password, String statusCode) {
        Printer printer = signIn(id, username, password);
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            printers.seen(printer.seen(status(statusCode), now, true));
            return printer;
        });
        return jobs.handOut(id, now, settings.lease()).map(Leased::claim);
    }

    /** The ticket handed out under {@code token}, as text for the printer's width. */
    public Optional<String> fetch(PrinterId id, String username, String password, UUID token) {
        Printer printer = signIn(id, username, password);
        return transactions.inTransaction(() -> jobs.handedOut(id, token)
                .flatMap(job -> writer.write(job.beforeLatestHandout(), printer.width()))
                .map(paper -> paper.plainText()));
    }

    /** The printer's word on the job: a code starting with 2 is printed, any other is tried again. */
    public boolean confirm(PrinterId id, String username, String password, UUID token, String code) {
        signIn(id, username, password);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> code.startsWith("2")
                ? jobs.confirmed(id, token, now)
                : jobs.refused(id, token, "the printer answered " + code, now));
    }

    private Printer signIn(PrinterId id, String username, String password) {
        return printers.find(id)
                .filter(printer -> printer.connection() instanceof PrinterConnection.CloudPrnt cloud
                        && cloud.username().equals(username) && hasher.matches(password, cloud.passwordHash()))
                .orElseThrow(NotAuthenticated::new);
    }

    /** Star's status codes: {@code 200 OK}; paper out is {@code 410}/{@code 411} or says paper; anything else is offline. */
    static PrinterStatus status(String statusCode) {
        String code = statusCode.strip().toLowerCase(Locale.ROOT);
        if (code.startsWith("2")) {
            return PrinterStatus.ONLINE;
        }
        if (code.startsWith("410") || code.startsWith("411") || code.contains("paper")) {
            return PrinterStatus.PAPER_OUT;
        }
        return PrinterStatus.OFFLINE;
    }
}
