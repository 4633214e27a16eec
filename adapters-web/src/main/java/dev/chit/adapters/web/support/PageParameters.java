package dev.chit.adapters.web.support;

import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;

/** The {@code ?limit=} and {@code ?cursor=} of a keyset-paginated list, read one way for every list. */
public final class PageParameters {

    private PageParameters() {
    }

    /** @throws MalformedParameter naming {@code limit} when it is given but not from 1 to {@code max} */
    public static int limit(ServerRequest req, int defaultLimit, int max) {
        return given(req, "limit").map(text -> PageLimits.parse(text, max)).orElse(defaultLimit);
    }

    /** The cursor text as the client sent it back; a blank one counts as none. */
    public static Optional<String> cursor(ServerRequest req) {
        return given(req, "cursor");
    }

    private static Optional<String> given(ServerRequest req, String name) {
        return req.query().contains(name)
                ? req.query().first(name).asOptional().filter(value -> !value.isBlank())
                : Optional.empty();
    }
}
