package dev.chit.adapters.printing;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a printer gets: to accept the connection, to take a ticket's bytes (a printer whose
 * buffer is full stops reading), and to answer each status request.
 */
public record PrinterTimeouts(Duration connect, Duration write, Duration read) {

    public PrinterTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(read, "read");
        if (!connect.isPositive() || !write.isPositive() || !read.isPositive()) {
            throw new IllegalArgumentException("printer timeouts are positive");
        }
    }

    /** 3 s to connect, 10 s to take a ticket, 3 s for each status answer. */
    public static PrinterTimeouts standard() {
        return new PrinterTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(3));
    }
}
