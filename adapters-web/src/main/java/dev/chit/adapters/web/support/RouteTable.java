package dev.chit.adapters.web.support;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import java.util.ArrayList;
import java.util.List;

/**
 * The routes the API's services declare, read by letting each service route into a recorder
 * instead of the server: what the OpenAPI document is checked against, so the two cannot
 * drift apart. Catch-alls ({@code any}, used for 405 answers) are not routes of their own.
 */
public final class RouteTable implements HttpRules {

    /** One operation: a method on a path template such as {@code /api/v1/orders/{orderId}}. */
    public record Route(String method, String path) {
    }

    private final String prefix;
    private final List<Route> routes;

    private RouteTable(String prefix, List<Route> routes) {
        this.prefix = prefix;
        this.routes = routes;
    }

    /** The routes of {@code services} registered under {@code prefix}. */
    public static List<Route> of(String prefix, List<? extends HttpService> services) {
        List<Route> routes = new ArrayList<>();
        RouteTable table = new RouteTable(prefix, routes);
        services.forEach(service -> service.routing(table));
        return List.copyOf(routes);
    }

    @Override
    public HttpRules register(HttpService... services) {
        for (HttpService service : services) {
            service.routing(this);
        }
        return this;
    }

    @Override
    public HttpRules register(String pathPattern, HttpService... services) {
        RouteTable nested = new RouteTable(prefix + pathPattern, routes);
        for (HttpService service : services) {
            service.routing(nested);
        }
        return this;
    }

    @Override
    public HttpRules route(HttpRoute route) {
        throw new UnsupportedOperationException("routes are declared with a method and a path here");
    }

    @Override
    public HttpRules route(Method method, String pathPattern, Handler handler) {
        return record(method, pathPattern);
    }

    private HttpRules record(Method method, String pathPattern) {
        routes.add(new Route(method.text(), prefix + pathPattern));
        return this;
    }

    @Override
    public HttpRules get(String pathPattern, Handler... handlers) {
        return record(Method.GET, pathPattern);
    }

    @Override
    public HttpRules post(String pathPattern, Handler... handlers) {
        return record(Method.POST, pathPattern);
    }

    @Override
    public HttpRules put(String pathPattern, Handler... handlers) {
        return record(Method.PUT, pathPattern);
    }

    @Override
    public HttpRules patch(String pathPattern, Handler... handlers) {
        return record(Method.PATCH, pathPattern);
    }

    @Override
    public HttpRules delete(String pathPattern, Handler... handlers) {
        return record(Method.DELETE, pathPattern);
    }

    @Override
    public HttpRules head(String pathPattern, Handler... handlers) {
        return record(Method.HEAD, pathPattern);
    }

    @Override
    public HttpRules any(String pathPattern, Handler... handlers) {
        return this;
    }

    @Override
    public HttpRules any(Handler... handlers) {
        return this;
    }
}
