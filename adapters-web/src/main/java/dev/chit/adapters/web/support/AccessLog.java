package dev.chit.adapters.web.support;

import io.helidon.webserver.http.ServerRequest;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One line per request on the JUL logger {@code dev.chit.access}, as key=value pairs that log
 * tools split without a grammar. Only the path is logged, never the query string, headers or
 * body: those may carry access tokens, card tokens and guests' details.
 */
public final class AccessLog {

    public static final String LOGGER_NAME = "dev.chit.access";

    private static final Logger LOGGER = Logger.getLogger(LOGGER_NAME);

    public void record(String method, String path, int status, Duration duration, String requestId) {
        record(method, path, status, duration, requestId, Optional.empty());
    }

    /** @param userId who made the request, when it was authenticated */
    public void record(String method, String path, int status, Duration duration, String requestId,
                       Optional<String> userId) {
        if (LOGGER.isLoggable(Level.INFO)) {
            LOGGER.info("method=" + visible(method) + " path=" + visible(path) + " status=" + status
                    + " durationMs=" + duration.toMillis() + userId.map(id -> " userId=" + visible(id)).orElse("")
                    + " requestId=" + visible(requestId));
        }
    }

    /** For the authentication filter: the request's line names this user (an id, never a credential). */
    public static void identify(ServerRequest request, String userId) {
        request.context().register(LoggedUser.class, new LoggedUser(userId));
    }

    static Optional<String> userOf(ServerRequest request) {
        return request.context().get(LoggedUser.class, LoggedUser.class).map(LoggedUser::id);
    }

    private record LoggedUser(String id) {
    }

    // Paths of requests Helidon refused before routing may hold anything; keep one line per request.
    private static String visible(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), 500));
        value.codePoints().limit(500).forEach(c -> out.append(c > 0x20 && c < 0x7F ? (char) c : '?'));
        return out.toString();
    }
}
