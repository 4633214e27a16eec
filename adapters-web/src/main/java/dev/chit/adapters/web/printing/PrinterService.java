package dev.chit.adapters.web.printing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MalformedParameter;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.printing.ManagePrinters;
import dev.chit.application.printing.ReprintTickets;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.printing.PrintJobStatus;
import dev.chit.domain.printing.PrinterId;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * A restaurant's printers, for its managers and admins: {@code GET|POST .../printers},
 * {@code PATCH|DELETE .../printers/{printerId}}, {@code POST .../printers/{printerId}/test},
 * {@code GET .../print-jobs?status=}; and, for its staff, {@code POST /orders/{orderId}/reprint}.
 */
public final class PrinterService implements HttpService {

    private static final String PRINTERS = "/restaurants/{restaurantId}/printers";
    private static final String PRINTER = PRINTERS + "/{printerId}";
    private static final String TEST = PRINTER + "/test";
    private static final String JOBS = "/restaurants/{restaurantId}/print-jobs";
    private static final String REPRINT = "/orders/{orderId}/reprint";

    private final ManagePrinters manage;
    private final ReprintTickets reprint;
    private final Json json;
    private final Clock clock;

    public PrinterService(ManagePrinters manage, ReprintTickets reprint, Json json, Clock clock) {
        this.manage = manage;
        this.reprint = reprint;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PRINTERS, this::list)
                .post(PRINTERS, this::add)
                .any(PRINTERS, MethodNotAllowed.allowing(Method.GET, Method.POST))
                .patch(PRINTER, this::change)
                .delete(PRINTER, this::remove)
                .any(PRINTER, MethodNotAllowed.allowing(Method.PATCH, Method.DELETE))
                .post(TEST, this::test)
                .any(TEST, MethodNotAllowed.allowing(Method.POST))
                .get(JOBS, this::jobs)
                .any(JOBS, MethodNotAllowed.allowing(Method.GET))
                .post(REPRINT, this::reprint)
                .any(REPRINT, MethodNotAllowed.allowing(Method.POST));
    }

    private void list(ServerRequest req, ServerResponse res) {
        var printers = manage.of(Callers.require(req), restaurantId(req)).stream().map(PrinterJson::of).toList();
        JsonResponses.send(res, Status.OK_200, json.write(new PrinterJson.PageJson(printers)));
    }

    private void add(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        var setup = PrinterSetupJson.read(json.read(JsonBody.read(req), JsonNode.class));
        var created = manage.add(caller, restaurantId, setup);
        JsonResponses.send(res, Status.CREATED_201, json.write(PrinterJson.created(created, baseUrl(req))));
    }

    private void change(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        PrinterId printerId = printerId(req);
        var setup = PrinterSetupJson.read(json.read(JsonBody.readMergePatch(req), JsonNode.class));
        var changed = manage.change(caller, restaurantId, printerId, setup);
        JsonResponses.send(res, Status.OK_200, json.write(PrinterJson.created(changed, baseUrl(req))));
    }

    private void remove(ServerRequest req, ServerResponse res) {
        manage.remove(Callers.require(req), restaurantId(req), printerId(req));
        res.status(Status.NO_CONTENT_204).send();
    }

    private void test(ServerRequest req, ServerResponse res) {
        var job = manage.test(Callers.require(req), restaurantId(req), printerId(req));
        JsonResponses.send(res, Status.ACCEPTED_202, json.write(PrintJobJson.of(job, clock.instant())));
    }

    private void jobs(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        Optional<PrintJobStatus> status = req.query().first("status").asOptional().map(PrinterService::status);
        var now = clock.instant();
        var jobs = manage.jobs(caller, restaurantId, status).stream().map(job -> PrintJobJson.of(job, now)).toList();
        JsonResponses.send(res, Status.OK_200, json.write(new PrintJobJson.PageJson(jobs)));
    }

    private void reprint(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        OrderId orderId = new OrderId(PathIds.uuid(req, "orderId", "order"));
        Optional<UUID> station = JsonBody.readIfAny(req)
                .map(body -> json.read(body, ReprintJson.class))
                .flatMap(body -> Optional.ofNullable(body.stationId()));
        var now = clock.instant();
        var jobs = reprint.reprint(caller, orderId, station).stream().map(job -> PrintJobJson.of(job, now)).toList();
        JsonResponses.send(res, Status.ACCEPTED_202, json.write(new PrintJobJson.PageJson(jobs)));
    }

    /** {@code {"stationId"?}}: one station's ticket, or all of the order's. */
    record ReprintJson(UUID stationId) {
    }

    private static PrintJobStatus status(String text) {
        return Arrays.stream(PrintJobStatus.values()).filter(s -> s.name().equals(text)).findFirst()
                .orElseThrow(() -> new MalformedParameter("status", "invalid",
                        "status is QUEUED, SENT, PRINTED or FAILED"));
    }

    /** Where the printer reaches this server, as the manager's browser did. */
    static String baseUrl(ServerRequest req) {
        var uri = req.requestedUri();
        return uri.scheme() + "://" + uri.authority();
    }

    private static RestaurantId restaurantId(ServerRequest req) {
        return new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
    }

    private static PrinterId printerId(ServerRequest req) {
        return new PrinterId(PathIds.uuid(req, "printerId", "printer"));
    }
}
