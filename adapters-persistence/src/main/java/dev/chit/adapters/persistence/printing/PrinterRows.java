package dev.chit.adapters.persistence.printing;

import dev.chit.domain.printing.PaperWidth;
import dev.chit.domain.printing.Printer;
import dev.chit.domain.printing.PrinterConnection;
import dev.chit.domain.printing.PrinterId;
import dev.chit.domain.printing.PrinterStatus;
import dev.chit.domain.printing.TcpAddress;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.PasswordHash;
import io.helidon.dbclient.DbRow;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.optionalUuid;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** The statements of the {@code printers} table and the mapping of its rows. */
final class PrinterRows {

    private static final String SETUP = "name, station_ids, connection_type, host, port, cloudprnt_username,"
            + " cloudprnt_password, backup_printer_id, copies, columns_per_line";
    private static final String COLUMNS = "id, restaurant_id, " + SETUP
            + ", status, last_seen_at, holding_since";
    static final String INSERT = "INSERT INTO printers (" + COLUMNS + ", created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String CHANGE = "UPDATE printers SET name = ?, station_ids = ?, connection_type = ?, host = ?,"
            + " port = ?, cloudprnt_username = ?, cloudprnt_password = ?, backup_printer_id = ?, copies = ?,"
            + " columns_per_line = ? WHERE id = ?";
    static final String SEEN_HOLDING = "UPDATE printers SET status = ?, last_seen_at = ?, holding_since = ?"
            + " WHERE id = ?";
    // A printer that holds nothing any more: the next time it does, its managers hear of it again.
    static final String SEEN_CLEAR = "UPDATE printers SET status = ?, last_seen_at = ?, holding_since = NULL,"
            + " alerted_at = NULL WHERE id = ?";
    static final String JOBS_CHANNEL = "UPDATE print_jobs SET kind = ? WHERE printer_id = ? AND status = 'PENDING'";
    static final String FIND = "SELECT " + COLUMNS + " FROM printers WHERE id = ?";
    static final String OF = "SELECT " + COLUMNS + " FROM printers WHERE restaurant_id = ? ORDER BY name, id";
    static final String DELETE = "DELETE FROM printers WHERE id = ?";
    static final String FORGET_BACKUP = "UPDATE printers SET backup_printer_id = NULL WHERE backup_printer_id = ?";
    static final String HELD_UNTOLD = "SELECT " + COLUMNS + " FROM printers WHERE holding_since < ?"
            + " AND alerted_at IS NULL AND EXISTS (SELECT 1 FROM print_jobs j WHERE j.printer_id = printers.id"
            + " AND j.status = 'PENDING') ORDER BY holding_since, id";
    static final String TOLD = "UPDATE printers SET alerted_at = ? WHERE id = ? AND alerted_at IS NULL";

    private static final String ESCPOS = "escpos-tcp";
    private static final String CLOUDPRNT = "cloudprnt";

    private PrinterRows() {
    }

    static Object[] insertParams(Printer printer, Instant createdAt) {
        List<Object> params = new java.util.ArrayList<>(List.of(printer.id().value(), printer.restaurantId().value()));
        params.addAll(setup(printer));
        params.addAll(Arrays.asList(printer.status().name(), printer.lastSeenAt(), printer.holdingSince(), createdAt));
        return params.toArray();
    }

    static Object[] changeParams(Printer printer) {
        List<Object> params = new java.util.ArrayList<>(setup(printer));
        params.add(printer.id().value());
        return params.toArray();
    }

    private static List<Object> setup(Printer printer) {
        String stations = printer.stationIds().stream().map(UUID::toString).collect(Collectors.joining(","));
        Optional<String> host = Optional.empty();
        Optional<Integer> port = Optional.empty();
        Optional<String> username = Optional.empty();
        Optional<String> password = Optional.empty();
        String type;
        switch (printer.connection()) {
            case PrinterConnection.EscPosTcp tcp -> {
                type = ESCPOS;
                host = Optional.of(tcp.address().host());
                port = Optional.of(tcp.address().port());
            }
            case PrinterConnection.CloudPrnt cloud -> {
                type = CLOUDPRNT;
                username = Optional.of(cloud.username());
                password = Optional.of(cloud.passwordHash().encoded());
            }
        }
        return Arrays.asList(printer.name(), stations, type, host, port, username, password,
                printer.backupPrinterId().map(PrinterId::value), printer.copies(), printer.width().columns());
    }

    static Printer printer(DbRow row) {
        String stations = text(row, "station_ids");
        List<UUID> stationIds = stations.isEmpty() ? List.of()
                : Arrays.stream(stations.split(",")).map(UUID::fromString).toList();
        PrinterConnection connection = text(row, "connection_type").equals(ESCPOS)
                ? new PrinterConnection.EscPosTcp(new TcpAddress(text(row, "host"), intValue(row, "port")))
                : new PrinterConnection.CloudPrnt(text(row, "cloudprnt_username"),
                        new PasswordHash(text(row, "cloudprnt_password")));
        return new Printer(new PrinterId(uuid(row, "id")), new RestaurantId(uuid(row, "restaurant_id")),
                text(row, "name"), stationIds, connection, optionalUuid(row, "backup_printer_id").map(PrinterId::new),
                intValue(row, "copies"), PaperWidth.of(intValue(row, "columns_per_line")).orElseThrow(),
                enumValue(row, "status", PrinterStatus.class), optionalInstant(row, "last_seen_at"),
                optionalInstant(row, "holding_since"));
    }
}
