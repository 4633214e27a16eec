package dev.chit.adapters.printing;

import dev.chit.domain.port.TicketPrinters;
import dev.chit.domain.printing.PaperTicket;
import dev.chit.domain.printing.PrintOutcome;
import dev.chit.domain.printing.PrinterStatus;
import dev.chit.domain.printing.TcpAddress;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Network printers speaking ESC/POS over raw TCP. Each ticket is one connection: the status
 * first (a printer that is off or out of paper is not sent the ticket, which it might keep and
 * print later, unasked), then the ticket, then the status again; the ticket counts as printed only
 * when that last answer is good. A connection refused, a timeout or a reset mid-ticket is a
 * ticket not printed, never an exception.
 */
public final class EscPosPrinters implements TicketPrinters {

    private final PrinterTimeouts timeouts;
    // Sockets have no write timeout: a watchdog closes a connection that outlives its deadline.
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "printer-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    public EscPosPrinters(PrinterTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    @Override
    public PrintOutcome print(TcpAddress printer, PaperTicket ticket, int copies) {
        boolean sent = false;
        boolean heard = false;
        try (Socket socket = connect(printer)) {
            StatusAnswers before = askStatus(socket);
            heard = before.wellFormed();
            if (before.status() != PrinterStatus.ONLINE) {
                return new PrintOutcome(false, false, heard, before.status(), "not sent: " + before);
            }
            sent = true;
            write(socket, EscPos.ticket(ticket, copies));
            StatusAnswers after = askStatus(socket);
            return after.status() == PrinterStatus.ONLINE
                    ? PrintOutcome.success()
                    : new PrintOutcome(false, true, true, after.status(), "sent, then " + after);
        } catch (IOException fault) {
            return new PrintOutcome(false, sent, heard, PrinterStatus.OFFLINE, printer + ": " + fault);
        }
    }

    @Override
    public PrinterStatus status(TcpAddress printer) {
        try (Socket socket = connect(printer)) {
            return askStatus(socket).status();
        } catch (IOException fault) {
            return PrinterStatus.OFFLINE;
        }
    }

    private Socket connect(TcpAddress printer) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(printer.host(), printer.port()), (int) timeouts.connect().toMillis());
            socket.setSoTimeout((int) timeouts.read().toMillis());
            return socket;
        } catch (IOException | RuntimeException fault) {
            socket.close();
            throw fault;
        }
    }

    private void write(Socket socket, byte[] bytes) throws IOException {
        var deadline = watchdog.schedule(() -> closeQuietly(socket), timeouts.write().toMillis(), TimeUnit.MILLISECONDS);
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
        } finally {
            deadline.cancel(false);
        }
    }

    private static StatusAnswers askStatus(Socket socket) throws IOException {
        return new StatusAnswers(ask(socket, 1), ask(socket, 2), ask(socket, 4));
    }

    private static int ask(Socket socket, int n) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(EscPos.statusRequest(n));
        out.flush();
        InputStream in = socket.getInputStream();
        int answer = in.read();
        if (answer < 0) {
            throw new EOFException("the printer closed the connection");
        }
        return answer;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all the watchdog does; the writer sees the failure.
        }
    }
}
