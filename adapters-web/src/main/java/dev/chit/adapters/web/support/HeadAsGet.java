package dev.chit.adapters.web.support;

import io.helidon.http.HttpPrologue;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.io.FilterOutputStream;
import java.io.OutputStream;

/**
 * {@code HEAD} as load balancers and monitors use it: every {@code GET} route answers it with the
 * status and headers of a {@code GET}, and no body. Once, for every route: the request is routed
 * as a {@code GET} (the same authentication, the same errors) and what its handler writes is
 * dropped on the way out.
 *
 * <p>One difference remains: Helidon sets {@code Content-Length: 0} on a response whose handler
 * wrote nothing through the stream, so a {@code HEAD} does not tell the size of the {@code GET}'s
 * body (RFC 9110 lets a server leave out what it only knows by generating the content).
 */
public final class HeadAsGet implements Filter {

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        HttpPrologue prologue = req.prologue();
        if (prologue.method() == Method.HEAD) {
            req.prologue(HttpPrologue.create(prologue.rawProtocol(), prologue.protocol(), prologue.protocolVersion(),
                    Method.GET, prologue.uriPath(), prologue.query(), prologue.fragment()));
            res.streamFilter(Discarding::new);
        }
        chain.proceed();
    }

    /** The body's bytes, dropped; closing still completes the response. */
    private static final class Discarding extends FilterOutputStream {

        Discarding(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) {
            // A HEAD response has no body.
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            // A HEAD response has no body.
        }
    }
}
