package dev.chit.adapters.web.printing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.chit.application.printing.NewPrinter;
import dev.chit.domain.printing.Printer;
import dev.chit.domain.printing.PrinterConnection;
import dev.chit.domain.printing.PrinterId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A printer as its managers see it. A CloudPRNT printer's answer to its creation (or to the
 * change that made it one) also holds {@code cloudprnt:{"url","username","password"}}, once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PrinterJson(UUID id, UUID restaurantId, String name, List<UUID> stationIds, ConnectionJson connection,
                   UUID backupPrinterId, int copies, int columns, String status, Instant lastSeenAt,
                   CloudPrntJson cloudprnt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConnectionJson(String type, String host, Integer port) {
    }

    record CloudPrntJson(String url, String username, String password) {

        @Override
        public String toString() {
            return "CloudPrntJson[url=" + url + ", username=" + username + ", password=***]";
        }
    }

    record PageJson(List<PrinterJson> items) {
    }

    static PrinterJson of(Printer printer) {
        return of(printer, null);
    }

    /** @param baseUrl where the printer reaches this server, for its CloudPRNT URL */
    static PrinterJson created(NewPrinter created, String baseUrl) {
        Printer printer = created.printer();
        CloudPrntJson cloud = created.cloudPrntPassword()
                .filter(password -> printer.connection() instanceof PrinterConnection.CloudPrnt)
                .map(password -> new CloudPrntJson(baseUrl + "/cloudprnt/" + printer.id(),
                        ((PrinterConnection.CloudPrnt) printer.connection()).username(), password))
                .orElse(null);
        return of(printer, cloud);
    }

    private static PrinterJson of(Printer printer, CloudPrntJson cloud) {
        ConnectionJson connection = switch (printer.connection()) {
            case PrinterConnection.EscPosTcp tcp ->
                    new ConnectionJson("escpos-tcp", tcp.address().host(), tcp.address().port());
            case PrinterConnection.CloudPrnt ignored -> new ConnectionJson("cloudprnt", null, null);
        };
        return new PrinterJson(printer.id().value(), printer.restaurantId().value(), printer.name(),
                printer.stationIds(), connection, printer.backupPrinterId().map(PrinterId::value).orElse(null),
                printer.copies(), printer.width().columns(), printer.status().name(),
                printer.lastSeenAt().orElse(null), cloud);
    }
}
