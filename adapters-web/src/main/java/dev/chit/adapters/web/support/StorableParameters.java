package dev.chit.adapters.web.support;

import dev.chit.adapters.web.json.StorableText;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Refuses a request whose query parameters hold text the database cannot store (a {@code %00}
 * in {@code q} reached PostgreSQL as a NUL and failed there), before any route reads them. The
 * body's text is checked where it is read ({@link StorableText}); headers need no check here,
 * since Helidon refuses control characters in them and reads their bytes as ISO-8859-1, which
 * every byte is. Live sockets are left to their own rules: a token that is not text is no
 * session (4401), and neither a token nor {@code afterSeq} is stored as text.
 */
public final class StorableParameters implements Filter {

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (req.prologue().uriPath().path().startsWith("/ws/")) {
            chain.proceed();
            return;
        }
        var query = req.query();
        for (String name : query.names()) {
            StorableText.flaw(name).ifPresent(flaw -> {
                throw new MalformedParameter("query", flaw.code(), flaw.message("a query parameter's name"));
            });
            for (String value : query.all(name)) {
                StorableText.flaw(value).ifPresent(flaw -> {
                    throw new MalformedParameter(name, flaw.code(), flaw.message(name));
                });
            }
        }
        chain.proceed();
    }
}
