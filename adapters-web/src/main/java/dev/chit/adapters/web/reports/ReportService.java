package dev.chit.adapters.web.reports;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.orders.OrderListParameters;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MalformedParameter;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.reports.ExportOrders;
import dev.chit.application.reports.ExportRange;
import dev.chit.application.reports.OrderSheet;
import dev.chit.domain.report.ReportFormat;
import dev.chit.application.reports.ReportPrinter;
import dev.chit.application.reports.SheetFormat;
import dev.chit.application.reports.ShowSalesSummary;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.SummaryPeriod;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A manager's exports and sales summaries. An export is checked (who asks, the format, the
 * filters) before anything is sent; then its headers go, and the orders follow as they are
 * read. A client that goes away mid-way makes the next write fail, which ends the reading and
 * the database transaction with it.
 */
public final class ReportService implements HttpService {

    private static final Logger LOG = System.getLogger(ReportService.class.getName());

    private static final String EXPORT = "/restaurants/{restaurantId}/orders/export";
    private static final String SUMMARY = "/restaurants/{restaurantId}/reports/summary";

    private final ExportOrders exportOrders;
    private final ShowSalesSummary showSummary;
    private final ReportPrinter printer;
    private final Json json;

    public ReportService(ExportOrders exportOrders, ShowSalesSummary showSummary, ReportPrinter printer, Json json) {
        this.exportOrders = exportOrders;
        this.showSummary = showSummary;
        this.printer = printer;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(EXPORT, this::export)
                .any(EXPORT, MethodNotAllowed.allowing(Method.GET))
                .get(SUMMARY, this::summary)
                .any(SUMMARY, MethodNotAllowed.allowing(Method.GET));
    }

    /** The export's formats, as {@code format=} and {@code rows=} name them. */
    private enum ExportFormat {
        CSV("csv", "text/csv; charset=utf-8"),
        JSON("json", "application/json; charset=utf-8"),
        NDJSON("ndjson", "application/x-ndjson; charset=utf-8"),
        PDF("pdf", "application/pdf");

        final String extension;
        final String mediaType;

        ExportFormat(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    private void export(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        ExportFormat format = exportFormat(req);
        boolean perLine = rows(req, format);
        boolean secondColumns = secondColumns(req, format);
        OrderQuery query = OrderListParameters.parseForExport(req.query(), restaurantId);
        ExportRange range = exportOrders.prepare(caller, query);

        res.status(Status.OK_200);
        res.header(HeaderNames.CONTENT_TYPE, format.mediaType);
        res.header(HeaderNames.CONTENT_DISPOSITION,
                "attachment; filename=\"" + range.fileName(format.extension) + "\"");
        try (OutputStream out = res.outputStream()) {
            exportOrders.export(range, query, opened -> sheet(format, perLine, secondColumns, opened, out));
        } catch (UncheckedIOException | IOException gone) {
            // The answer has begun: there is no problem document to send, only a log line.
            LOG.log(Level.INFO, "event=export-abandoned restaurantId={0} reason=\"{1}\"", restaurantId,
                    gone.getMessage());
        }
    }

    private OrderSheet sheet(ExportFormat format, boolean perLine, boolean secondColumns, ExportRange range,
                             OutputStream out) {
        return switch (format) {
            case CSV -> printer.sheet(csv(perLine, secondColumns), range, out);
            case PDF -> printer.sheet(SheetFormat.PDF, range, out);
            case JSON -> new JsonOrderSheet(json, out, false);
            case NDJSON -> new JsonOrderSheet(json, out, true);
        };
    }

    private void summary(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        String format = lowercase(req, "format").orElse("json");
        if (!format.equals("json") && ReportFormat.of(format).isEmpty()) {
            throw new MalformedParameter("format", "invalid-value", "format must be one of json, csv, pdf");
        }
        SummaryPeriod period = new SummaryPeriod(day(req, "from"), day(req, "to"));
        SalesSummary summary = showSummary.summary(caller, restaurantId, period);
        if (format.equals("json")) {
            JsonResponses.send(res, Status.OK_200, json.write(SummaryJson.of(summary)));
            return;
        }
        ReportFormat printed = ReportFormat.of(format).orElseThrow();
        res.status(Status.OK_200);
        res.header(HeaderNames.CONTENT_TYPE, printed.mediaType());
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(summary, printed) + "\"");
        res.send(showSummary.print(summary, printed));
    }

    /** {@code summary-<restaurant>-<from>-<to>.<ext>}, as an export is named. */
    static String fileName(SalesSummary summary, ReportFormat format) {
        String slug = summary.restaurantName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "summary-" + slug + "-" + summary.period().from() + "-" + summary.period().to() + "."
                + format.extension();
    }

    private static ExportFormat exportFormat(ServerRequest req) {
        String format = lowercase(req, "format").orElse("csv");
        for (ExportFormat known : ExportFormat.values()) {
            if (known.extension.equals(format)) {
                return known;
            }
        }
        throw new MalformedParameter("format", "invalid-value", "format must be one of csv, json, ndjson, pdf");
    }

    /** {@code rows=lines} (the default): a row per order line; {@code rows=orders}: a row per order. */
    private static boolean rows(ServerRequest req, ExportFormat format) {
        return csvChoice(req, format, "rows", Map.of("lines", true, "orders", false)).orElse(true);
    }

    /** {@code columns=v2}: the CSV's second column list; {@code v1} (the default) is kept as it was. */
    private static boolean secondColumns(ServerRequest req, ExportFormat format) {
        return csvChoice(req, format, "columns", Map.of("v1", false, "v2", true)).orElse(false);
    }

    private static <T> Optional<T> csvChoice(ServerRequest req, ExportFormat format, String name,
                                             Map<String, T> choices) {
        Optional<String> given = lowercase(req, name);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (format != ExportFormat.CSV) {
            throw new MalformedParameter(name, "not-applicable", name + " applies to format=csv only");
        }
        T chosen = choices.get(given.get());
        if (chosen == null) {
            throw new MalformedParameter(name, "invalid-value",
                    name + " must be " + String.join(" or ", new TreeSet<>(choices.keySet())));
        }
        return Optional.of(chosen);
    }

    private static SheetFormat csv(boolean perLine, boolean secondColumns) {
        if (secondColumns) {
            return perLine ? SheetFormat.CSV_LINES_V2 : SheetFormat.CSV_ORDERS_V2;
        }
        return perLine ? SheetFormat.CSV_LINES : SheetFormat.CSV_ORDERS;
    }

    private static LocalDate day(ServerRequest req, String name) {
        String text = lowercase(req, name)
                .orElseThrow(() -> new InvalidInput(name, "required", name + " is required: a date such as 2026-11-25"));
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "invalid-value", name + " must be a date such as 2026-11-25");
        }
    }

    private static Optional<String> lowercase(ServerRequest req, String name) {
        return req.query().first(name).asOptional().map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> value.toLowerCase(Locale.ROOT));
    }

    private static RestaurantId restaurantId(ServerRequest req) {
        return new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
    }
}
