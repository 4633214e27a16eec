package dev.chit.adapters.web.problem;

import dev.chit.adapters.web.support.AccessLog;
import dev.chit.adapters.web.support.RequestIds;
import dev.chit.adapters.web.support.SecurityHeaders;
import io.helidon.http.DirectHandler;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Problem documents for requests Helidon refuses before routing: a body over the server's
 * payload limit, a request line or headers it cannot parse. These never pass the routing's
 * filter, so the request id, security headers and access-log line are added here.
 */
public final class ProblemDirectHandler implements DirectHandler {

    private static final Logger LOGGER = Logger.getLogger(ProblemDirectHandler.class.getName());

    private final ProblemWriter writer;
    private final AccessLog accessLog;

    public ProblemDirectHandler(ProblemWriter writer, AccessLog accessLog) {
        this.writer = writer;
        this.accessLog = accessLog;
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status defaultStatus,
                                    ServerResponseHeaders headers, String message) {
        int status = defaultStatus.code();
        ProblemType type = ProblemTypes.forStatus(status);
        String requestId = RequestIds.fromClientOrNew(request.headers().first(RequestIds.HEADER));
        String path = request.path() == null ? "" : request.path();
        if (status >= 500) {
            LOGGER.log(Level.WARNING, () -> "request failed before routing: requestId=" + requestId + " " + message);
        }
        accessLog.record(request.method(), path, status, Duration.ZERO, requestId);
        headers.set(RequestIds.HEADER, requestId);
        SecurityHeaders.apply(path, headers);
        headers.set(ProblemWriter.CONTENT_TYPE);
        return TransportResponse.builder()
                .status(defaultStatus)
                .headers(headers)
                .entity(writer.body(type, status, ProblemTypes.genericDetail(type), path, requestId, List.of()))
                .build();
    }
}
