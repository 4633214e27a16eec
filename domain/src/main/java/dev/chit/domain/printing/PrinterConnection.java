package dev.chit.domain.printing;

import dev.chit.domain.staff.PasswordHash;

import java.util.Objects;

/**
 * How Chit reaches a printer: it connects to an ESC/POS printer on the restaurant's network, or a
 * Star CloudPRNT printer behind the restaurant's router polls Chit, signing in with its own
 * user name and password (kept hashed).
 */
public sealed interface PrinterConnection {

    /** The job queue each kind of connection is served from: Chit's sender, or the printer's polls. */
    String channel();

    record EscPosTcp(TcpAddress address) implements PrinterConnection {

        public static final String CHANNEL = "ESCPOS";

        public EscPosTcp {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String channel() {
            return CHANNEL;
        }
    }

    record CloudPrnt(String username, PasswordHash passwordHash) implements PrinterConnection {

        public static final String CHANNEL = "CLOUDPRNT";

        public CloudPrnt {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(passwordHash, "passwordHash");
        }

        @Override
        public String channel() {
            return CHANNEL;
        }
    }
}
