package dev.chit.adapters.printing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A network kitchen printer on loopback, as an ESC/POS printer behaves: it takes raw bytes on a
 * TCP port, decodes the text in the code page chosen with {@code ESC t} (PC858), prints a ticket
 * when it is cut ({@code GS V}), and answers {@code DLE EOT 1, 2, 4} with real-time status bytes
 * (bit 1 and bit 4 always set; offline in bit 3 of the first, paper end in bits 5 and 6 of the
 * third). It can be switched off (answers offline, prints nothing), out of paper, unplugged
 * (refuses connections), slow (reads slowly), or made to reset the connection mid-ticket.
 *
 * <p>{@code main} runs it in a terminal (bin/fake-printer): it prints each ticket and reads
 * one-letter commands to switch its state.
 */
public final class FakeEscPosPrinter implements AutoCloseable {

    /** What the printer is doing. */
    public enum Mode {
        ONLINE,
        OFFLINE,
        PAPER_OUT,
        /** Pulled off the network: connections are refused. */
        UNPLUGGED,
        /** Reads each byte late: a ticket takes longer than a client's write timeout. */
        SLOW,
        /** Resets the connection after the first bytes of a ticket, printing nothing. */
        RESET_MID_TICKET
    }

    private static final Charset PC858 = Charset.forName("IBM858");

    private final ServerSocket server;
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.ONLINE);
    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Consumer<String> onTicket;
    private final Thread acceptor;
    private volatile int statusRequests;

    public FakeEscPosPrinter() throws IOException {
        this(0, ticket -> { });
    }

    public FakeEscPosPrinter(int port, Consumer<String> onTicket) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.onTicket = onTicket;
        this.acceptor = Thread.ofPlatform().daemon().name("fake-printer-" + port()).start(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    public void switchTo(Mode next) {
        mode.set(next);
        if (next == Mode.UNPLUGGED) {
            open.forEach(FakeEscPosPrinter::reset);
        }
    }

    public Mode mode() {
        return mode.get();
    }

    /** The tickets printed (cut while online), decoded, oldest first. */
    public List<String> printed() {
        return List.copyOf(printed);
    }

    public int statusRequests() {
        return statusRequests;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                if (mode.get() == Mode.UNPLUGGED) {
                    reset(socket);
                    continue;
                }
                open.add(socket);
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            var ticket = new TicketReader();
            int b;
            while ((b = in.read()) >= 0) {
                Mode now = mode.get();
                if (now == Mode.SLOW) {
                    Thread.sleep(Duration.ofMillis(50));
                }
                if (now == Mode.RESET_MID_TICKET && ticket.started()) {
                    reset(socket);
                    return;
                }
                if (b == EscPos.DLE) {
                    int eot = in.read();
                    int n = in.read();
                    if (eot == EscPos.EOT) {
                        statusRequests++;
                        out.write(answer(n, mode.get()));
                        out.flush();
                    }
                    continue;
                }
                ticket.take(b, in).ifPresent(text -> {
                    if (mode.get() == Mode.ONLINE || mode.get() == Mode.SLOW) {
                        printed.add(text);
                        onTicket.accept(text);
                    }
                });
            }
        } catch (IOException | InterruptedException gone) {
            // The client went away, or we reset it: the connection is over.
        } finally {
            open.remove(socket);
        }
    }

    /** The real-time status byte for DLE EOT n in {@code mode}. */
    static int answer(int n, Mode mode) {
        boolean offline = mode == Mode.OFFLINE || mode == Mode.PAPER_OUT;
        boolean paperOut = mode == Mode.PAPER_OUT;
        return switch (n) {
            case 1 -> 0x12 | (offline ? 0x08 : 0);
            case 2 -> 0x12 | (paperOut ? 0x20 : 0) | (mode == Mode.OFFLINE ? 0x04 : 0);
            case 4 -> 0x12 | (paperOut ? 0x6C : 0);
            default -> 0x12;
        };
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(FakeEscPosPrinter::reset);
        try {
            acceptor.join(Duration.ofSeconds(2));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Decodes a ticket's bytes: commands are read and dropped, text is kept, a cut ends the ticket. */
    private static final class TicketReader {

        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final List<String> lines = new ArrayList<>();
        private boolean started;
        private boolean doubleSize;
        private boolean reversed;

        boolean started() {
            return started;
        }

        java.util.Optional<String> take(int b, InputStream in) throws IOException {
            switch (b) {
                case EscPos.ESC -> {
                    int command = in.read();
                    if (command == '@') {
                        started = true;
                        lines.clear();
                        line.reset();
                    } else {
                        in.read();
                    }
                }
                case EscPos.GS -> {
                    int command = in.read();
                    int n = in.read();
                    if (command == '!') {
                        doubleSize = n != 0;
                    } else if (command == 'B') {
                        reversed = n != 0;
                    } else if (command == 'V') {
                        if (n == 65 || n == 66) {
                            in.read();
                        }
                        String text = String.join("\n", lines);
                        lines.clear();
                        started = false;
                        return java.util.Optional.of(text);
                    }
                }
                case EscPos.LF -> {
                    lines.add(line.toString(PC858));
                    line.reset();
                }
                default -> {
                    // Marks for the reader of the decoded text: [large] and [highlight] spans.
                    if (line.size() == 0 && doubleSize) {
                        line.writeBytes("[large]".getBytes(PC858));
                    }
                    if (line.size() == 0 && reversed) {
                        line.writeBytes("[highlight]".getBytes(PC858));
                    }
                    line.write(b);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** bin/fake-printer: {@code [port]} (9100 by default), then one-letter commands on standard input. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9100;
        var console = System.out;
        try (var printer = new FakeEscPosPrinter(port, ticket -> {
            console.println("----- ticket -----");
            console.println(ticket);
            console.println("------------------");
        })) {
            console.printf("Fake ESC/POS printer on 127.0.0.1:%d%n", printer.port());
            console.println("Type o (offline), p (paper out), u (unplugged), s (slow), r (reset mid-ticket),"
                    + " n (online again), q (quit), then Enter.");
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String command;
            while ((command = in.readLine()) != null) {
                Mode next = switch (command.trim()) {
                    case "o" -> Mode.OFFLINE;
                    case "p" -> Mode.PAPER_OUT;
                    case "u" -> Mode.UNPLUGGED;
                    case "s" -> Mode.SLOW;
                    case "r" -> Mode.RESET_MID_TICKET;
                    case "n" -> Mode.ONLINE;
                    case "q" -> null;
                    default -> printer.mode();
                };
                if (next == null) {
                    return;
                }
                printer.switchTo(next);
                console.println("printer is " + next);
            }
            // No terminal (started in the background): keep printing until killed.
            Thread.currentThread().join();
        } catch (SocketException inUse) {
            System.err.println("cannot listen on port " + port + ": " + inUse.getMessage());
            System.exit(1);
        }
    }
}
