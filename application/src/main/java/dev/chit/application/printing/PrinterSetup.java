package dev.chit.application.printing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A printer as a manager sets it up (every field optional, for a change; a new printer needs a
 * name and a connection). Checked by {@link ManagePrinters}, which names each field in error.
 *
 * @param connectionType {@code escpos-tcp} (with {@code host} and {@code port}, 9100 by default) or {@code cloudprnt}
 * @param backupPrinterId present and empty: no backup any more
 * @param columns        characters per line: 42 or 48 on 80 mm paper, 32 on 58 mm
 */
public record PrinterSetup(
        Optional<String> name,
        Optional<List<UUID>> stationIds,
        Optional<String> connectionType,
        Optional<String> host,
        Optional<Integer> port,
        Optional<Optional<UUID>> backupPrinterId,
        Optional<Integer> copies,
        Optional<Integer> columns) {

    public static final String ESCPOS_TCP = "escpos-tcp";
    public static final String CLOUDPRNT = "cloudprnt";

    public PrinterSetup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stationIds, "stationIds");
        Objects.requireNonNull(connectionType, "connectionType");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(backupPrinterId, "backupPrinterId");
        Objects.requireNonNull(copies, "copies");
        Objects.requireNonNull(columns, "columns");
    }
}
