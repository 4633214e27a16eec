package dev.chit.adapters.web.support;

import dev.chit.adapters.web.json.StrictUuid;
import dev.chit.domain.error.NotFound;
import io.helidon.webserver.http.ServerRequest;

import java.util.UUID;

/**
 * Ids in paths. A path whose id does not parse names nothing that exists, so it is a 404 like any
 * other unknown id, not a 400: callers cannot tell a typo from a missing order, and need not.
 */
public final class PathIds {

    private PathIds() {
    }

    public static UUID uuid(ServerRequest request, String parameter, String kind) {
        String raw = request.path().pathParameters().get(parameter);
        return StrictUuid.parse(raw).orElseThrow(() -> new NotFound(kind, raw));
    }
}
