package dev.chit.adapters.web.problem;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.support.RequestIds;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;

/** The one place problem documents are written, for routed requests and for direct handling. */
public final class ProblemWriter {

    public static final Header CONTENT_TYPE =
            HeaderValues.create(HeaderNames.CONTENT_TYPE, "application/problem+json; charset=utf-8");

    private final Json json;

    public ProblemWriter(Json json) {
        this.json = json;
    }

    public void write(ServerRequest request, ServerResponse response, ProblemType type, String detail,
                      List<Problem.FieldError> errors) {
        write(request, response, type, type.status(), detail, errors);
    }

    /** @param status normally {@code type.status()}; differs only for statuses Helidon chose itself */
    public void write(ServerRequest request, ServerResponse response, ProblemType type, int status, String detail,
                      List<Problem.FieldError> errors) {
        String requestId = RequestIds.of(request);
        response.status(Status.create(status));
        response.header(RequestIds.HEADER, requestId);
        response.header(CONTENT_TYPE);
        response.send(body(type, status, detail, request.prologue().uriPath().rawPath(), requestId, errors));
    }

    byte[] body(ProblemType type, int status, String detail, String instance, String requestId,
                List<Problem.FieldError> errors) {
        return json.write(new Problem(type.uri(), type.title(), status, detail, instance, requestId, errors));
    }
}
