package dev.chit.application.printing;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.Checks;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.error.Violation;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.PasswordHasher;
import dev.chit.domain.port.PrintJobs;
import dev.chit.domain.port.Printers;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
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

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A restaurant's printers, for its managers (and admins): set up, change, remove, list, print a
 * test ticket, and see the print queue. Every field in error is named at once (422) and nothing
 * is stored; another restaurant's printer is not found (404).
 */
public final class ManagePrinters {

    static final int JOBS_SHOWN = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Restaurants restaurants;
    private final Printers printers;
    private final PrintJobs jobs;
    private final StationNames stations;
    private final PrinterNetworks networks;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManagePrinters(Restaurants restaurants, Printers printers, PrintJobs jobs, StationNames stations,
                          PrinterNetworks networks, PasswordHasher hasher, Transactions transactions, IdGenerator ids,
                          Clock clock) {
        this.restaurants = restaurants;
        this.printers = printers;
        this.jobs = jobs;
        this.stations = stations;
        this.networks = networks;
        this.hasher = hasher;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public List<Printer> of(Caller caller, RestaurantId restaurantId) {
        requireManager(caller, restaurantId);
        return printers.of(restaurantId);
    }

    public NewPrinter add(Caller caller, RestaurantId restaurantId, PrinterSetup setup) {
        requireManager(caller, restaurantId);
        List<Violation> wrong = new ArrayList<>();
        if (setup.name().isEmpty()) {
            wrong.add(new Violation("name", "required", "name is required"));
        }
        if (setup.connectionType().isEmpty()) {
            wrong.add(new Violation("connection", "required", "connection is required"));
        }
        PrinterId id = new PrinterId(ids.next());
        Built built = build(restaurantId, id, setup, Optional.empty(), wrong);
        transactions.inTransaction(() -> {
            printers.add(built.printer(), clock.instant());
            return built;
        });
        return new NewPrinter(built.printer(), built.password());
    }

    public NewPrinter change(Caller caller, RestaurantId restaurantId, PrinterId id, PrinterSetup setup) {
        requireManager(caller, restaurantId);
        Printer current = require(restaurantId, id);
        Built built = build(restaurantId, id, setup, Optional.of(current), new ArrayList<>());
        transactions.inTransaction(() -> printers.change(built.printer()));
        return new NewPrinter(built.printer(), built.password());
    }

    public void remove(Caller caller, RestaurantId restaurantId, PrinterId id) {
        requireManager(caller, restaurantId);
        require(restaurantId, id);
        transactions.inTransaction(() -> printers.remove(id));
    }

    /** Queues a test ticket on the printer. */
    public PrintJob test(Caller caller, RestaurantId restaurantId, PrinterId id) {
        requireManager(caller, restaurantId);
        Printer printer = require(restaurantId, id);
        PrintJob job = PrintJob.queued(ids.next(), restaurantId, id, PrintJobKind.TEST, Optional.empty(),
                Optional.empty(), Optional.empty(), 0, clock.instant());
        transactions.inTransaction(() -> jobs.enqueue(job, printer.connection().channel()));
        return job;
    }

    public List<PrintJob> jobs(Caller caller, RestaurantId restaurantId, Optional<PrintJobStatus> status) {
        requireManager(caller, restaurantId);
        return jobs.of(restaurantId, status, clock.instant(), JOBS_SHOWN);
    }

    private record Built(Printer printer, Optional<String> password) {
    }

    // The setup over the current printer (or a new one's defaults), every field in error named at once.
    private Built build(RestaurantId restaurantId, PrinterId id, PrinterSetup setup, Optional<Printer> current,
                       List<Violation> wrong) {
        String name = checked(wrong, () -> setup.name().map(n -> Checks.text(n, "name", Printer.MAX_NAME_LENGTH))
                .orElseGet(() -> current.map(Printer::name).orElse("")));
        var known = stations.of(restaurantId);
        List<UUID> stationIds = setup.stationIds().orElseGet(() -> current.map(Printer::stationIds).orElse(List.of()));
        for (int i = 0; i < stationIds.size(); i++) {
            if (stationIds.get(i) == null || !known.containsKey(stationIds.get(i))) {
                wrong.add(new Violation("stationIds[" + i + "]", "unknown", "the restaurant has no such station"));
            }
        }
        Optional<PrinterId> backup = setup.backupPrinterId()
                .map(given -> given.map(PrinterId::new))
                .orElseGet(() -> current.flatMap(Printer::backupPrinterId));
        backup.ifPresent(b -> {
            boolean ours = printers.find(b).filter(p -> p.restaurantId().equals(restaurantId)).isPresent();
            if (!ours || b.equals(id)) {
                wrong.add(new Violation("backupPrinterId", "unknown",
                        b.equals(id) ? "a printer cannot be its own backup" : "the restaurant has no such printer"));
            }
        });
        int copies = setup.copies().orElseGet(() -> current.map(Printer::copies).orElse(1));
        if (copies < 1 || copies > Printer.MAX_COPIES) {
            wrong.add(new Violation("copies", "out-of-range", "copies must be between 1 and " + Printer.MAX_COPIES));
        }
        int columns = setup.columns().orElseGet(() -> current.map(p -> p.width().columns()).orElse(42));
        Optional<PaperWidth> width = PaperWidth.of(columns);
        if (width.isEmpty()) {
            wrong.add(new Violation("columns", "invalid", "columns must be 32, 42 or 48"));
        }
        Optional<String> password = Optional.empty();
        PrinterConnection connection = null;
        if (setup.connectionType().isPresent()) {
            String type = setup.connectionType().get();
            if (PrinterSetup.ESCPOS_TCP.equals(type)) {
                connection = tcp(setup, wrong);
            } else if (PrinterSetup.CLOUDPRNT.equals(type)) {
                var kept = current.map(Printer::connection).filter(PrinterConnection.CloudPrnt.class::isInstance);
                if (kept.isPresent()) {
                    connection = kept.get();
                } else {
                    password = Optional.of(newPassword());
                    connection = new PrinterConnection.CloudPrnt("chit-" + id.value().toString().substring(0, 8),
                            hasher.hash(password.get()));
                }
            } else {
                wrong.add(new Violation("connection.type", "invalid", "connection.type is escpos-tcp or cloudprnt"));
            }
        } else if (current.isPresent()) {
            connection = current.get().connection();
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput(wrong);
        }
        Printer printer = new Printer(id, restaurantId, name, stationIds, connection, backup, copies, width.get(),
                current.map(Printer::status).orElse(PrinterStatus.UNKNOWN), current.flatMap(Printer::lastSeenAt),
                current.flatMap(Printer::holdingSince));
        return new Built(printer, password);
    }

    private PrinterConnection tcp(PrinterSetup setup, List<Violation> wrong) {
        String host = setup.host().map(String::strip).orElse("");
        int port = setup.port().orElse(TcpAddress.DEFAULT_PORT);
        int before = wrong.size();
        if (host.isEmpty()) {
            wrong.add(new Violation("connection.host", "required", "connection.host is required"));
        } else if (host.length() > 253 || !host.matches("[A-Za-z0-9.:\\-\\[\\]%]+")) {
            wrong.add(new Violation("connection.host", "invalid", "connection.host is a host name or an address"));
        }
        if (port < 1 || port > 65535) {
            wrong.add(new Violation("connection.port", "out-of-range", "connection.port must be between 1 and 65535"));
        }
        if (wrong.size() > before) {
            return null;
        }
        checked(wrong, () -> {
            networks.check(host, "connection.host");
            return host;
        });
        return new PrinterConnection.EscPosTcp(new TcpAddress(host, port));
    }

    private static <T> T checked(List<Violation> wrong, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInput invalid) {
            wrong.addAll(invalid.violations());
            return null;
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void requireManager(Caller caller, RestaurantId restaurantId) {
        caller.requireManagerOf(restaurantId);
        restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
    }

    private Printer require(RestaurantId restaurantId, PrinterId id) {
        return printers.find(id).filter(printer -> printer.restaurantId().equals(restaurantId))
                .orElseThrow(() -> new NotFound("printer", id));
    }
}
