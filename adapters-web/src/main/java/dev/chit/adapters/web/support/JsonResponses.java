package dev.chit.adapters.web.support;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/** Sends JSON the adapter has already written to bytes (see {@code Json#write}). */
public final class JsonResponses {

    public static final Header CONTENT_TYPE =
            HeaderValues.create(HeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");

    private JsonResponses() {
    }

    public static void send(ServerResponse response, Status status, byte[] body) {
        response.status(status);
        response.header(CONTENT_TYPE);
        response.send(body);
    }

    /** {@code "<version>"}: a strong entity tag for an order at a version. */
    public static String entityTag(long version) {
        return "\"" + version + "\"";
    }
}
