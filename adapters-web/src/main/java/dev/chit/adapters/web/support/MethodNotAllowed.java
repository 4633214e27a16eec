package dev.chit.adapters.web.support;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;

import java.util.Arrays;
import java.util.List;

/**
 * A known path asked for with a method it does not serve. Each service registers
 * {@link #allowing} after its routes, so that such requests get a 405 with {@code Allow}
 * rather than a misleading 404. Routes are tried in order, so every method of a path belongs
 * in the one service that registers its {@code allowing}.
 */
public final class MethodNotAllowed extends RuntimeException {

    private final List<Method> allowed;

    public MethodNotAllowed(List<Method> allowed) {
        super("this resource answers to " + names(allowed) + " only", null, false, false);
        this.allowed = List.copyOf(allowed);
    }

    /** A handler that refuses whatever reaches it, naming the methods the path does serve. */
    public static Handler allowing(Method... allowed) {
        List<Method> methods = Arrays.asList(allowed);
        return (req, res) -> {
            throw new MethodNotAllowed(methods);
        };
    }

    /** The value of the {@code Allow} header. */
    public String allowHeader() {
        return names(allowed);
    }

    private static String names(List<Method> methods) {
        return String.join(", ", methods.stream().map(Method::text).toList());
    }
}
