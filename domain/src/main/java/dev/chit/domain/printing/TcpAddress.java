package dev.chit.domain.printing;

import java.util.Objects;

/** Where a network printer listens for raw ESC/POS: a host name or address, and a port (9100 by default). */
public record TcpAddress(String host, int port) {

    public static final int DEFAULT_PORT = 9100;

    public TcpAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("a printer's host is not blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a port is within 1..65535");
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
