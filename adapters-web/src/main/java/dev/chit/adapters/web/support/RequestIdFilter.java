package dev.chit.adapters.web.support;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.time.Duration;

/**
 * Runs around every routed request: fixes its {@code X-Request-Id} and puts it on the response,
 * adds the {@link SecurityHeaders}, and writes the access-log line once the response is out.
 * Errors are turned into responses inside the chain (routing's error handlers), so the status
 * logged here is the one the client got.
 */
public final class RequestIdFilter implements Filter {

    private final AccessLog accessLog;

    public RequestIdFilter(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        // A monotonic timer, not the wall clock: durations must not jump with clock corrections.
        long start = System.nanoTime();
        String requestId = RequestIds.assign(req);
        String path = req.prologue().uriPath().rawPath();
        res.header(RequestIds.HEADER, requestId);
        SecurityHeaders.apply(path, res.headers());
        try {
            chain.proceed();
        } finally {
            accessLog.record(req.prologue().method().text(), path, res.status().code(),
                    Duration.ofNanos(System.nanoTime() - start), requestId, AccessLog.userOf(req));
        }
    }
}
