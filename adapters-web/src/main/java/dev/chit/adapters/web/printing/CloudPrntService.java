package dev.chit.adapters.web.printing;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MalformedParameter;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.access.NotAuthenticated;
import dev.chit.application.printing.CloudPrnt;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.printing.PrinterId;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Star CloudPRNT, for printers behind the restaurant's router that poll this server, with HTTP
 * Basic and the printer's own credentials: {@code POST /cloudprnt/{printerId}} (a poll with the
 * printer's status: is a job ready, and its token), {@code GET /cloudprnt/{printerId}?type=text/plain&token=}
 * (the ticket, UTF-8 text), {@code DELETE /cloudprnt/{printerId}?code=&token=} (printed when the
 * code starts with 2, else tried again). Wrong credentials are a 401 and nothing is handed out.
 */
public final class CloudPrntService implements HttpService {

    public static final String PREFIX = "/cloudprnt";
    private static final String PRINTER = "/{printerId}";
    private static final String TEXT = "text/plain";

    private final CloudPrnt cloudPrnt;
    private final Json json;

    public CloudPrntService(CloudPrnt cloudPrnt, Json json) {
        this.cloudPrnt = cloudPrnt;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PRINTER, this::poll)
                .get(PRINTER, this::fetch)
                .delete(PRINTER, this::confirm)
                .any(PRINTER, MethodNotAllowed.allowing(Method.POST, Method.GET, Method.DELETE));
    }

    /** {@code {"printerMAC","statusCode",...}}: the rest of what Star printers send is not read. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record PollJson(String printerMAC, String statusCode) {
    }

    record ReadyJson(boolean jobReady, List<String> mediaTypes,
                     @com.fasterxml.jackson.annotation.JsonInclude(
                             com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String jobToken) {
    }

    private void poll(ServerRequest req, ServerResponse res) {
        Basic basic = basic(req);
        PollJson body = json.read(JsonBody.read(req), PollJson.class);
        String status = body.statusCode() == null ? "" : java.net.URLDecoder.decode(body.statusCode(),
                StandardCharsets.UTF_8);
        var token = cloudPrnt.poll(printerId(req), basic.username(), basic.password(), status);
        JsonResponses.send(res, Status.OK_200, json.write(new ReadyJson(token.isPresent(), List.of(TEXT),
                token.map(UUID::toString).orElse(null))));
    }

    private void fetch(ServerRequest req, ServerResponse res) {
        Basic basic = basic(req);
        var type = req.query().first("type").asOptional().orElse(TEXT);
        if (!type.equals(TEXT)) {
            throw new MalformedParameter("type", "unsupported", "the only media type is text/plain");
        }
        UUID token = token(req);
        String ticket = cloudPrnt.fetch(printerId(req), basic.username(), basic.password(), token)
                .orElseThrow(() -> new NotFound("print job", token));
        res.headers().set(HeaderValues.create(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8"));
        res.status(Status.OK_200).send(ticket.getBytes(StandardCharsets.UTF_8));
    }

    private void confirm(ServerRequest req, ServerResponse res) {
        Basic basic = basic(req);
        String code = req.query().first("code").asOptional()
                .orElseThrow(() -> new MalformedParameter("code", "required", "code is the printer's status code"));
        cloudPrnt.confirm(printerId(req), basic.username(), basic.password(), token(req), code);
        res.status(Status.OK_200).send();
    }

    private record Basic(String username, String password) {

        @Override
        public String toString() {
            return "Basic[" + username + "]";
        }
    }

    private static Basic basic(ServerRequest req) {
        String header = req.headers().first(HeaderNames.AUTHORIZATION).orElse("");
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new NotAuthenticated();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new NotAuthenticated();
            }
            return new Basic(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            throw new NotAuthenticated();
        }
    }

    private static UUID token(ServerRequest req) {
        String token = req.query().first("token").asOptional()
                .orElseThrow(() -> new MalformedParameter("token", "required", "token is the job's token"));
        try {
            return UUID.fromString(token);
        } catch (IllegalArgumentException notAToken) {
            throw new MalformedParameter("token", "invalid", "token is the jobToken of the poll's answer");
        }
    }

    private static PrinterId printerId(ServerRequest req) {
        return new PrinterId(PathIds.uuid(req, "printerId", "printer"));
    }
}
