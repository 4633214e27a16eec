package dev.chit.adapters.web.reports;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MalformedParameter;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.reports.ManageReports;
import dev.chit.domain.port.Reports;
import dev.chit.domain.report.ReportFormat;
import dev.chit.domain.report.ReportId;
import dev.chit.domain.report.ReportSchedule;
import dev.chit.domain.report.StoredReport;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The report schedule (GET, PUT), the reports made from it (keyset-paginated) and their downloads. */
public final class ReportScheduleService implements HttpService {

    private static final String SCHEDULE = "/restaurants/{restaurantId}/report-schedule";
    private static final String REPORTS = "/restaurants/{restaurantId}/reports";
    private static final String DOWNLOAD = "/restaurants/{restaurantId}/reports/{reportId}/download";
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final ManageReports manage;
    private final Json json;

    public ReportScheduleService(ManageReports manage, Json json) {
        this.manage = manage;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(SCHEDULE, this::schedule)
                .put(SCHEDULE, this::replaceSchedule)
                .any(SCHEDULE, MethodNotAllowed.allowing(Method.GET, Method.PUT))
                .get(REPORTS, this::list)
                .any(REPORTS, MethodNotAllowed.allowing(Method.GET))
                .get(DOWNLOAD, this::download)
                .any(DOWNLOAD, MethodNotAllowed.allowing(Method.GET));
    }

    private void schedule(ServerRequest req, ServerResponse res) {
        ReportSchedule schedule = manage.schedule(Callers.require(req), restaurantId(req));
        JsonResponses.send(res, Status.OK_200, json.write(ScheduleJson.of(schedule)));
    }

    private void replaceSchedule(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        ScheduleJson body = json.read(JsonBody.read(req), ScheduleJson.class);
        ReportSchedule saved = manage.schedule(caller, restaurantId, body.isDaily(), body.isWeekly(),
                body.reportFormats(), body.recipients());
        JsonResponses.send(res, Status.OK_200, json.write(ScheduleJson.of(saved)));
    }

    private void list(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        int limit = req.query().first("limit").asOptional().map(ReportScheduleService::limit).orElse(DEFAULT_LIMIT);
        Optional<Reports.Cursor> after = req.query().first("cursor").asOptional().map(ReportScheduleService::decode);
        List<StoredReport> page = manage.list(caller, restaurantId(req), after, limit + 1);
        boolean more = page.size() > limit;
        List<StoredReport> shown = more ? page.subList(0, limit) : page;
        String next = more ? encode(shown.getLast()) : null;
        JsonResponses.send(res, Status.OK_200, json.write(new StoredReportJson.Page(
                shown.stream().map(StoredReportJson::of).toList(), next)));
    }

    private void download(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        String extension = req.query().first("format").asOptional().orElse("pdf");
        ReportFormat format = ReportFormat.of(extension).orElseThrow(() ->
                new MalformedParameter("format", "invalid-value", "format must be pdf or csv"));
        ReportId reportId = new ReportId(PathIds.uuid(req, "reportId", "report"));
        StoredReport report = manage.download(caller, restaurantId(req), reportId, format);
        res.status(Status.OK_200);
        res.header(HeaderNames.CONTENT_TYPE, format.mediaType());
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + report.fileName(format) + "\"");
        res.send(report.file(format).orElseThrow());
    }

    private static int limit(String text) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, as an out-of-range number is.
        }
        throw new MalformedParameter("limit", "invalid-value", "limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    // Opaque to clients: the last report's time and id.
    private static String encode(StoredReport last) {
        String text = last.createdAt() + "|" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Reports.Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new Reports.Cursor(Instant.parse(parts[0]), new ReportId(UUID.fromString(parts[1])));
        } catch (RuntimeException notOurs) {
            throw new MalformedParameter("cursor", "invalid-value", "cursor must be a nextCursor this server gave");
        }
    }

    private static RestaurantId restaurantId(ServerRequest req) {
        return new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
    }
}
