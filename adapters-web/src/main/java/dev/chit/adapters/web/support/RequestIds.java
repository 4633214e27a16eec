package dev.chit.adapters.web.support;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;
import java.util.UUID;

/**
 * The id that ties a response to its access-log line and, when something breaks, to the server
 * log. A client's own id is kept when it is sane (1 to 200 visible ASCII characters), so that a
 * caller can follow one request through its systems and ours; anything else, including ids that
 * could forge log lines, is replaced by a fresh UUID.
 */
public final class RequestIds {

    public static final HeaderName HEADER = HeaderNames.create("X-Request-Id");
    public static final int MAX_LENGTH = 200;

    private RequestIds() {
    }

    /** The request's id as the filter fixed it; for code that runs inside routing. */
    public static String of(ServerRequest request) {
        return request.context().get(RequestId.class)
                .map(RequestId::value)
                .orElseGet(() -> fromClientOrNew(request.headers().first(HEADER)));
    }

    /** Fixes the id of a request: the client's when sane, a new one otherwise. */
    static String assign(ServerRequest request) {
        String id = fromClientOrNew(request.headers().first(HEADER));
        request.context().register(new RequestId(id));
        return id;
    }

    public static String fromClientOrNew(Optional<String> sentByClient) {
        return sentByClient.filter(RequestIds::isSane).orElseGet(() -> UUID.randomUUID().toString());
    }

    static boolean isSane(String candidate) {
        if (candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return false;
        }
        return candidate.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }

    private record RequestId(String value) {
    }
}
