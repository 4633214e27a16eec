package dev.chit.adapters.persistence;

import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.port.PrintJobs;
import dev.chit.domain.port.Printers;
import dev.chit.domain.printing.PaperWidth;
import dev.chit.domain.printing.PrintJob;
import dev.chit.domain.printing.PrintJobKind;
import dev.chit.domain.printing.PrintJobStatus;
import dev.chit.domain.printing.Printer;
import dev.chit.domain.printing.PrinterConnection;
import dev.chit.domain.printing.PrinterId;
import dev.chit.domain.printing.PrinterStatus;
import dev.chit.domain.printing.TcpAddress;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static dev.chit.adapters.persistence.Fixtures.NOON;
import static dev.chit.adapters.persistence.Fixtures.minutesAfterNoon;
import static org.assertj.core.api.Assertions.assertThat;

/** The kitchen's printers and their print queue: what the printing job and the printers' routes rely on. */
abstract class PrintersContract extends ContractBase {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private Printers printers() {
        return database().printers();
    }

    private PrintJobs jobs() {
        return database().printJobs();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return database().transactions().inTransaction(work);
    }

    private Printer added(RestaurantId restaurant, String name) {
        Printer printer = new Printer(new PrinterId(UUID.randomUUID()), restaurant, name, List.of(),
                new PrinterConnection.EscPosTcp(new TcpAddress("127.0.0.1", 9100)), Optional.empty(), 1,
                PaperWidth.COLUMNS_42, PrinterStatus.UNKNOWN, Optional.empty(), Optional.empty());
        inTransaction(() -> {
            printers().add(printer, NOON);
            return null;
        });
        return printer;
    }

    // Ids are time-ordered in Chit (UUIDv7): a job written later has a greater id.
    private PrintJob testTicket(Printer printer, int minutes) {
        UUID timeOrdered = new UUID(minutes + 1L, UUID.randomUUID().getLeastSignificantBits());
        PrintJob job = PrintJob.queued(timeOrdered, printer.restaurantId(), printer.id(), PrintJobKind.TEST,
                Optional.empty(), Optional.empty(), Optional.empty(), 0, minutesAfterNoon(minutes));
        assertThat(inTransaction(() -> jobs().enqueue(job, PrinterConnection.EscPosTcp.CHANNEL))).isTrue();
        return job;
    }

    private List<Leased<PrintJob>> claimed(Printer printer, int minutes) {
        return jobs().claimDue(minutesAfterNoon(minutes), LEASE, 100).stream()
                .filter(claim -> claim.message().printerId().equals(printer.id())).toList();
    }

    @Test
    void aPrinter_isReadBackAsWritten_withItsRestaurant_andItsStatusAsLastSeen() {
        RestaurantId restaurant = given().kitchen().id();
        Printer kitchen = added(restaurant, "Kitchen");
        Printer bar = added(restaurant, "Bar");

        assertThat(printers().find(kitchen.id())).contains(kitchen);
        assertThat(printers().of(restaurant)).extracting(Printer::name).containsExactlyInAnyOrder("Kitchen", "Bar");
        assertThat(printers().of(given().kitchen().id())).as("another restaurant's").isEmpty();

        Printer offline = kitchen.seen(PrinterStatus.OFFLINE, minutesAfterNoon(1), false);
        inTransaction(() -> {
            printers().seen(offline);
            return null;
        });
        Printer read = printers().find(kitchen.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(read.holdingSince()).as("holding its jobs since").contains(minutesAfterNoon(1));
        assertThat(printers().find(bar.id()).orElseThrow().status()).isEqualTo(PrinterStatus.UNKNOWN);
    }

    @Test
    void jobs_areClaimedOldestFirst_printedOnce_andListedByStatus() {
        Printer printer = added(given().kitchen().id(), "Kitchen");
        PrintJob first = testTicket(printer, 0);
        PrintJob second = testTicket(printer, 1);
        assertThat(inTransaction(() -> jobs().enqueue(first, PrinterConnection.EscPosTcp.CHANNEL)))
                .as("the same job twice").isFalse();

        List<Leased<PrintJob>> claims = claimed(printer, 2);
        assertThat(claims).extracting(claim -> claim.message().id()).containsExactly(first.id(), second.id());
        assertThat(claimed(printer, 2)).as("leased").isEmpty();
        assertThat(jobs().earlierPending(second)).as("the first still to print").isTrue();

        var printed = new Attempt(minutesAfterNoon(2), Optional.empty(), Optional.empty());
        assertThat(inTransaction(() -> jobs().delivered(claims.getFirst(), printed))).isTrue();
        assertThat(inTransaction(() -> jobs().delivered(claims.getFirst(), printed))).as("printed once").isFalse();
        assertThat(jobs().earlierPending(second)).isFalse();
        assertThat(jobs().of(printer.restaurantId(), Optional.of(PrintJobStatus.PRINTED), minutesAfterNoon(3), 10))
                .extracting(PrintJob::id).containsExactly(first.id());
        assertThat(jobs().holdsJobs(printer.id())).as("the second still waits").isTrue();
    }

    @Test
    void aJobGivenBack_byAServerThatStops_isDueAtOnce_andItsClaimNotCounted() {
        Printer printer = added(given().kitchen().id(), "Kitchen");
        PrintJob job = testTicket(printer, 0);
        Leased<PrintJob> claim = claimed(printer, 1).getFirst();

        assertThat(inTransaction(() -> jobs().release(claim, minutesAfterNoon(1)))).isTrue();

        Leased<PrintJob> again = claimed(printer, 1).getFirst();
        assertThat(again.message().id()).isEqualTo(job.id());
        assertThat(again.message().attempts()).isEqualTo(1);
        assertThat(inTransaction(() -> jobs().release(claim, minutesAfterNoon(1)))).as("a stale claim").isFalse();
    }

    @Test
    void aJobMovedToTheBackup_printsThere_andNoLongerWaitsOnItsPrinter() {
        RestaurantId restaurant = given().kitchen().id();
        Printer kitchen = added(restaurant, "Kitchen");
        Printer backup = added(restaurant, "Backup");
        PrintJob job = testTicket(kitchen, 0);

        inTransaction(() -> {
            jobs().moveTo(job.id(), backup.id(), PrinterConnection.EscPosTcp.CHANNEL);
            return null;
        });

        assertThat(jobs().holdsJobs(kitchen.id())).isFalse();
        assertThat(claimed(backup, 1)).extracting(claim -> claim.message().id()).containsExactly(job.id());
        assertThat(jobs().find(job.id()).orElseThrow().printerId()).isEqualTo(backup.id());
    }
}
