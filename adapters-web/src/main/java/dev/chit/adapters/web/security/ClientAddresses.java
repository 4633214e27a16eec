package dev.chit.adapters.web.security;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;

/**
 * Where a request came from, for throttling sign-in attempts per address. Behind a reverse
 * proxy every request comes from the proxy; when the server is told to trust it, the client is
 * the last address in {@code X-Forwarded-For}, the one the proxy itself appended (earlier ones
 * are whatever the client claimed, and cannot be trusted).
 */
public final class ClientAddresses {

    static final HeaderName FORWARDED_FOR = HeaderNames.create("X-Forwarded-For");

    private final boolean trustProxy;

    public ClientAddresses(boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    public String of(ServerRequest request) {
        if (trustProxy && request.headers().contains(FORWARDED_FOR)) {
            List<String> values = request.headers().get(FORWARDED_FOR).allValues(true);
            if (!values.isEmpty() && !values.getLast().isBlank()) {
                return values.getLast().strip();
            }
        }
        SocketAddress peer = request.remotePeer().address();
        if (peer instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return request.remotePeer().host();
    }
}
