package dev.chit.adapters.printing;

import dev.chit.adapters.printing.FakeEscPosPrinter.Mode;
import dev.chit.domain.printing.PaperTicket;
import dev.chit.domain.printing.PrintOutcome;
import dev.chit.domain.printing.PrinterStatus;
import dev.chit.domain.printing.TcpAddress;
import dev.chit.domain.printing.TicketLine;
import dev.chit.domain.printing.TicketLine.Style;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EscPosPrintersTest {

    private static final PaperTicket TICKET = new PaperTicket("job-1", List.of(
            new TicketLine("GRILL", Style.BOLD), new TicketLine("#42", Style.LARGE),
            TicketLine.normal("1 x Crème brûlée 3,50 €"), new TicketLine("NOTE: no nuts", Style.HIGHLIGHT),
            TicketLine.normal("2 x Ramen 🍜")));

    private final EscPosPrinters printers = new EscPosPrinters(
            new PrinterTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(1)));
    private FakeEscPosPrinter printer;
    private TcpAddress address;

    @BeforeEach
    void plugIn() throws IOException {
        printer = new FakeEscPosPrinter();
        address = new TcpAddress("127.0.0.1", printer.port());
    }

    @AfterEach
    void unplug() throws IOException {
        printer.close();
    }

    @Test
    void anOnlinePrinter_printsTheTicketInPc858_andIsAskedItsStatusAfter() {
        PrintOutcome outcome = printers.print(address, TICKET, 1);

        assertThat(outcome.printed()).isTrue();
        assertThat(printer.printed()).singleElement().isEqualTo(String.join("\n",
                "GRILL", "[large]#42", "1 x Crème brûlée 3,50 €", "[highlight]NOTE: no nuts", "2 x Ramen ?"));
        // Three requests before the ticket, three after.
        assertThat(printer.statusRequests()).isEqualTo(6);
    }

    @Test
    void copies_printOneTicketEach() {
        assertThat(printers.print(address, TICKET, 2).printed()).isTrue();

        assertThat(printer.printed()).hasSize(2);
    }

    @Test
    void anOfflinePrinter_isNotSentTheTicket() {
        printer.switchTo(Mode.OFFLINE);

        PrintOutcome outcome = printers.print(address, TICKET, 1);

        assertThat(outcome).extracting(PrintOutcome::printed, PrintOutcome::sent, PrintOutcome::heard, PrintOutcome::status)
                .containsExactly(false, false, true, PrinterStatus.OFFLINE);
        assertThat(printers.status(address)).isEqualTo(PrinterStatus.OFFLINE);
        printer.switchTo(Mode.ONLINE);
        assertThat(printer.printed()).isEmpty();
    }

    @Test
    void aPrinterOutOfPaper_saysSo() {
        printer.switchTo(Mode.PAPER_OUT);

        assertThat(printers.print(address, TICKET, 1).status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(printers.status(address)).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(printer.printed()).isEmpty();
    }

    @Test
    void anUnpluggedPrinter_isOffline() {
        printer.switchTo(Mode.UNPLUGGED);

        assertThat(printers.print(address, TICKET, 1)).extracting(PrintOutcome::printed, PrintOutcome::heard, PrintOutcome::status)
                .containsExactly(false, false, PrinterStatus.OFFLINE);
    }

    @Test
    void nothingListening_isOfflineWithinTheConnectTimeout() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(printers.print(new TcpAddress("127.0.0.1", closedPort), TICKET, 1).status())
                .isEqualTo(PrinterStatus.OFFLINE);
    }

    @Test
    void aResetMidTicket_isNotPrinted() {
        printer.switchTo(Mode.RESET_MID_TICKET);

        PrintOutcome outcome = printers.print(address, TICKET, 1);

        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.sent()).as("a retry is a reprint").isTrue();
        assertThat(printer.printed()).isEmpty();
    }

    @Test
    void aPrinterTooSlowToAnswer_isNotCountedPrinted() {
        printer.switchTo(Mode.SLOW);

        assertThat(printers.print(address, TICKET, 1).printed()).isFalse();
    }

    @Test
    void statusBytes_thatAreNotStatus_countAsOffline() {
        assertThat(new StatusAnswers(0x12, 0x12, 0x12).status()).isEqualTo(PrinterStatus.ONLINE);
        assertThat(new StatusAnswers(0x1A, 0x12, 0x12).status()).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(new StatusAnswers(0x1A, 0x32, 0x72).status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(new StatusAnswers(0x1B, 0x40, 0x12).status()).isEqualTo(PrinterStatus.OFFLINE);
    }
}
