package dev.chit.adapters.web.problem;

/**
 * Every problem type the API answers with. Clients branch on {@link #uri()}, never on title or
 * detail, so a type, once published, keeps its URI and status. The OpenAPI document lists these.
 */
public enum ProblemType {

    /** The body is not valid JSON, has a wrong type, an unknown field or an unknown enum value. */
    MALFORMED_REQUEST("/problems/malformed-request", 400, "Malformed request"),
    /** {@code POST /api/v1/orders} without a usable {@code Idempotency-Key} header. */
    IDEMPOTENCY_KEY_REQUIRED("/problems/idempotency-key-required", 400, "Idempotency-Key required"),
    /** The request needs a signed-in caller and carries no valid credentials; or a sign-in's email or password is wrong. */
    UNAUTHENTICATED("/problems/unauthenticated", 401, "Not authenticated"),
    /** The card was declined; no order was placed. {@code errors[0].code} is the network's decline code. */
    PAYMENT_DECLINED("/problems/payment-declined", 402, "Payment declined"),
    /** The caller is known and may see the resource, but not do this to it (staff changing settings). */
    FORBIDDEN("/problems/forbidden", 403, "Forbidden"),
    /** A cookie-authenticated change without the {@code X-CSRF-Token} or a same-origin {@code Origin}. */
    CSRF("/problems/csrf", 403, "Cross-site request refused"),
    /** The move exists, but not for this caller (a non-manager cancelling food already cooking). */
    FORBIDDEN_TRANSITION("/problems/forbidden-transition", 403, "Transition not permitted"),
    /** No such resource, or not one this caller may see: the two look the same. */
    NOT_FOUND("/problems/not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("/problems/method-not-allowed", 405, "Method not allowed"),
    /** The move is not in the order's transition table from where the order stands. */
    INVALID_TRANSITION("/problems/invalid-transition", 409, "Invalid transition"),
    /** Someone else changed the resource since the caller read it; read it again. */
    STALE_VERSION("/problems/stale-version", 409, "Stale version"),
    /** The {@code Idempotency-Key} was used before with a different body. */
    IDEMPOTENCY_KEY_REUSED("/problems/idempotency-key-reused", 409, "Idempotency-Key reused"),
    /** A request with the same {@code Idempotency-Key} is still being carried out; retry shortly. */
    REQUEST_IN_PROGRESS("/problems/request-in-progress", 409, "Request in progress"),
    /** Any other conflict with the current state of the resource. */
    CONFLICT("/problems/conflict", 409, "Conflict"),
    /** {@code If-Match} named a version the resource is no longer at; read it again. */
    PRECONDITION_FAILED("/problems/precondition-failed", 412, "Precondition failed"),
    PAYLOAD_TOO_LARGE("/problems/payload-too-large", 413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE("/problems/unsupported-media-type", 415, "Unsupported media type"),
    /** Well-formed but invalid: one {@code errors} entry per offending field or line. */
    VALIDATION("/problems/validation", 422, "Invalid request"),
    /** The restaurant is switched off, paused or closed at the wanted time. */
    RESTAURANT_CLOSED("/problems/restaurant-closed", 422, "Restaurant not taking orders"),
    /** Any other rejection by the domain that has no type of its own yet. */
    UNPROCESSABLE("/problems/unprocessable", 422, "Request refused"),
    /** Too many failed sign-ins for the email or from the address; {@code Retry-After} says when to try again. */
    RATE_LIMITED("/problems/rate-limited", 429, "Too many requests"),
    /** A fault on the server's side. The detail never says more; the request id finds the log. */
    INTERNAL("/problems/internal", 500, "Internal error"),
    /** The card network failed or did not answer; no order was placed, and a retry may succeed. */
    PAYMENT_UNAVAILABLE("/problems/payment-unavailable", 502, "Payment network unavailable"),
    /** The database is away for a moment (restarting, unreachable, busy); {@code Retry-After} says when to try again. */
    TEMPORARILY_UNAVAILABLE("/problems/temporarily-unavailable", 503, "Temporarily unavailable");

    private final String uri;
    private final int status;
    private final String title;

    ProblemType(String uri, int status, String title) {
        this.uri = uri;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
