package dev.chit.adapters.web.problem;

import dev.chit.adapters.web.json.UnreadableJson;
import dev.chit.adapters.web.problem.Problem.FieldError;
import dev.chit.adapters.web.security.CsrfRejected;
import dev.chit.adapters.web.support.IdempotencyKeyRequired;
import dev.chit.adapters.web.support.MalformedParameter;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PayloadTooLarge;
import dev.chit.adapters.web.support.RequestIds;
import dev.chit.adapters.web.support.UnsupportedMediaType;
import dev.chit.application.access.NotAuthenticated;
import dev.chit.application.access.NotPermitted;
import dev.chit.application.auth.InvalidCredentials;
import dev.chit.application.auth.TooManySignInAttempts;
import dev.chit.application.checkout.IdempotencyKeyReused;
import dev.chit.application.checkout.RequestInProgress;
import dev.chit.application.orders.VersionMismatch;
import dev.chit.application.restaurants.StaleSettings;
import dev.chit.domain.checkout.RestaurantClosed;
import dev.chit.domain.error.Conflict;
import dev.chit.domain.error.DomainException;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.InvalidTransition;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.order.TransitionNotPermitted;
import dev.chit.domain.photo.UnreadableImage;
import dev.chit.domain.port.DatabaseUnavailable;
import dev.chit.domain.port.PaymentEvents;
import dev.chit.domain.port.PaymentGateway;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import static dev.chit.adapters.web.problem.ProblemType.CONFLICT;
import static dev.chit.adapters.web.problem.ProblemType.CSRF;
import static dev.chit.adapters.web.problem.ProblemType.FORBIDDEN;
import static dev.chit.adapters.web.problem.ProblemType.FORBIDDEN_TRANSITION;
import static dev.chit.adapters.web.problem.ProblemType.IDEMPOTENCY_KEY_REQUIRED;
import static dev.chit.adapters.web.problem.ProblemType.IDEMPOTENCY_KEY_REUSED;
import static dev.chit.adapters.web.problem.ProblemType.INTERNAL;
import static dev.chit.adapters.web.problem.ProblemType.INVALID_TRANSITION;
import static dev.chit.adapters.web.problem.ProblemType.MALFORMED_REQUEST;
import static dev.chit.adapters.web.problem.ProblemType.METHOD_NOT_ALLOWED;
import static dev.chit.adapters.web.problem.ProblemType.NOT_FOUND;
import static dev.chit.adapters.web.problem.ProblemType.PAYLOAD_TOO_LARGE;
import static dev.chit.adapters.web.problem.ProblemType.PAYMENT_DECLINED;
import static dev.chit.adapters.web.problem.ProblemType.PAYMENT_UNAVAILABLE;
import static dev.chit.adapters.web.problem.ProblemType.PRECONDITION_FAILED;
import static dev.chit.adapters.web.problem.ProblemType.RATE_LIMITED;
import static dev.chit.adapters.web.problem.ProblemType.REQUEST_IN_PROGRESS;
import static dev.chit.adapters.web.problem.ProblemType.RESTAURANT_CLOSED;
import static dev.chit.adapters.web.problem.ProblemType.STALE_VERSION;
import static dev.chit.adapters.web.problem.ProblemType.TEMPORARILY_UNAVAILABLE;
import static dev.chit.adapters.web.problem.ProblemType.UNAUTHENTICATED;
import static dev.chit.adapters.web.problem.ProblemType.UNPROCESSABLE;
import static dev.chit.adapters.web.problem.ProblemType.UNSUPPORTED_MEDIA_TYPE;
import static dev.chit.adapters.web.problem.ProblemType.VALIDATION;

/**
 * The one place where what went wrong becomes an HTTP status and a problem type. Helidon picks
 * the handler of the most specific registered class, so the fallbacks ({@link DomainException},
 * {@link Throwable}) only catch what has no handler of its own. Every rejection of the domain
 * and the use cases is described by one switch ({@link #problem}), which bulk answers use too.
 */
public final class ProblemMapping {

    private static final Logger LOGGER = Logger.getLogger(ProblemMapping.class.getName());
    static final String INTERNAL_DETAIL =
            "Something went wrong on our side. If it keeps happening, report the requestId.";
    /**
     * Seconds a client should wait before retrying while the database is away: a restart
     * usually takes a few, and retrying sooner only queues on a pool that cannot connect.
     */
    public static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    // RFC 6750: a 401 names the scheme that would have worked.
    private static final Header WWW_AUTHENTICATE = HeaderValues.create(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"chit\"");

    private final ProblemWriter writer;

    public ProblemMapping(ProblemWriter writer) {
        this.writer = writer;
    }

    public void register(HttpRouting.Builder routing) {
        // What the adapter refuses about the form of a request.
        routing.error(UnreadableJson.class, (req, res, e) -> writer.write(req, res, MALFORMED_REQUEST, e.getMessage(),
                e.field().map(field -> List.of(new FieldError(field, e.code(), e.getMessage()))).orElse(List.of())));
        routing.error(PayloadTooLarge.class, (req, res, e) -> {
            // The rest of the body is not worth reading: close instead of draining it.
            res.header(HeaderValues.CONNECTION_CLOSE);
            writer.write(req, res, PAYLOAD_TOO_LARGE, e.getMessage(), List.of());
        });
        routing.error(UnsupportedMediaType.class, withItsMessage(UNSUPPORTED_MEDIA_TYPE));
        routing.error(MethodNotAllowed.class, (req, res, e) -> {
            res.header(HeaderNames.ALLOW, e.allowHeader());
            writer.write(req, res, METHOD_NOT_ALLOWED, e.getMessage(), List.of());
        });
        routing.error(IdempotencyKeyRequired.class, (req, res, e) -> writer.write(req, res, IDEMPOTENCY_KEY_REQUIRED,
                e.getMessage(), List.of(new FieldError("Idempotency-Key", e.code(), e.getMessage()))));
        routing.error(MalformedParameter.class, (req, res, e) -> writer.write(req, res, MALFORMED_REQUEST,
                e.getMessage(), List.of(new FieldError(e.parameter(), e.code(), e.getMessage()))));

        // What the domain and the use cases reject: all through describe(), so that a problem
        // inside a bulk answer is the same document the single request would have got.
        routing.error(RequestInProgress.class, (req, res, e) -> {
            res.header(HeaderNames.RETRY_AFTER, "1");
            writeDomain(req, res, e);
        });
        // Who is calling: a 401 names the scheme that would work, a throttled sign-in says when to retry.
        routing.error(NotAuthenticated.class, (req, res, e) -> {
            res.header(WWW_AUTHENTICATE);
            writeDomain(req, res, e);
        });
        routing.error(TooManySignInAttempts.class, (req, res, e) -> {
            res.header(HeaderNames.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            writeDomain(req, res, e);
        });
        routing.error(CsrfRejected.class, withItsMessage(CSRF));
        routing.error(DomainException.class, this::writeDomain);

        // The card network's fault: the guest may retry, nothing was placed. Not a stack trace's worth.
        routing.error(PaymentGateway.Unavailable.class, (req, res, e) -> {
            LOGGER.log(Level.WARNING, () -> "event=payment-unavailable requestId=" + RequestIds.of(req)
                    + " error=\"" + e.getMessage() + "\"");
            writer.write(req, res, PAYMENT_UNAVAILABLE,
                    "The card network did not answer. Nothing was charged and no order was placed; try again.",
                    List.of());
        });

        // The database is restarting or out of reach: a moment's wait, not a fault of the request
        // or of the code. One line in the log per request, no stack trace; the pool logs the cause.
        routing.error(DatabaseUnavailable.class, (req, res, e) -> {
            LOGGER.log(Level.WARNING, () -> "event=database-unavailable requestId=" + RequestIds.of(req)
                    + " method=" + req.prologue().method().text() + " path=" + req.prologue().uriPath().rawPath());
            res.header(HeaderNames.RETRY_AFTER, Integer.toString(DATABASE_RETRY_AFTER_SECONDS));
            writer.write(req, res, TEMPORARILY_UNAVAILABLE, "We cannot reach our database for a moment. Try again in "
                    + DATABASE_RETRY_AFTER_SECONDS + " seconds; a checkout retried with the same Idempotency-Key"
                    + " is never placed twice.", List.of());
        });

        // What Helidon itself refuses (no route matched: 404), and real faults.
        routing.error(HttpException.class, this::helidonRefused);
        routing.error(Throwable.class, this::fault);
    }

    // The domain's messages are written for the people using the API; they go out as the detail.
    private ErrorHandler<Throwable> withItsMessage(ProblemType type) {
        return (req, res, e) -> writer.write(req, res, type, e.getMessage(), List.of());
    }

    private void writeDomain(ServerRequest req, ServerResponse res, DomainException e) {
        Described described = describe(e);
        writer.write(req, res, described.type(), described.detail(), described.errors());
    }

    /**
     * The problem document for a rejection, without a response to write it to: what each result
     * of a bulk request carries.
     *
     * @param instance the path the rejection belongs to, as the single request would have had it
     */
    public static Problem problem(DomainException e, String instance, String requestId) {
        Described described = describe(e);
        ProblemType type = described.type();
        return new Problem(type.uri(), type.title(), type.status(), described.detail(), instance, requestId,
                described.errors());
    }

    /** Each kind of rejection and its problem type. A new kind of rejection gets its case here. */
    private static Described describe(DomainException rejection) {
        return switch (rejection) {
            case InvalidInput e -> new Described(VALIDATION, e.getMessage(),
                    e.violations().stream().map(v -> new FieldError(v.field(), v.code(), v.message())).toList());
            case NotFound e -> new Described(NOT_FOUND,
                    "There is no such " + e.kind() + ", or it is not visible to you.", List.of());
            case NotAuthenticated e -> new Described(UNAUTHENTICATED, e.getMessage(), List.of());
            case NotPermitted e -> new Described(FORBIDDEN, e.getMessage(), List.of());
            case InvalidCredentials e -> new Described(UNAUTHENTICATED, e.getMessage(), List.of());
            case TooManySignInAttempts e -> new Described(RATE_LIMITED, e.getMessage(), List.of());
            case RestaurantClosed e -> new Described(RESTAURANT_CLOSED, e.getMessage(), List.of());
            case InvalidTransition e -> new Described(INVALID_TRANSITION, e.getMessage(), List.of());
            case StaleOrder e -> new Described(STALE_VERSION, e.getMessage(), List.of());
            case VersionMismatch e -> new Described(PRECONDITION_FAILED, e.getMessage(), List.of());
            case StaleSettings e -> new Described(PRECONDITION_FAILED, e.getMessage(), List.of());
            case TransitionNotPermitted e -> new Described(FORBIDDEN_TRANSITION, e.getMessage(), List.of());
            case IdempotencyKeyReused e -> new Described(IDEMPOTENCY_KEY_REUSED, e.getMessage(), List.of());
            case PaymentGateway.Declined e -> new Described(PAYMENT_DECLINED, e.getMessage(),
                    List.of(new FieldError("payment", e.declineCode(), e.getMessage())));
            case RequestInProgress e -> new Described(REQUEST_IN_PROGRESS, e.getMessage(), List.of());
            case Conflict e -> new Described(CONFLICT, e.getMessage(), List.of());
            // Stripe's webhook: a signature that proves nothing is a malformed request, whoever sent it.
            case PaymentEvents.Unverified e -> new Described(MALFORMED_REQUEST, e.getMessage(),
                    List.of(new FieldError("Stripe-Signature", e.code(), e.getMessage())));
            case UnreadableImage e -> new Described(UNSUPPORTED_MEDIA_TYPE, e.getMessage(),
                    List.of(new FieldError("photo", "unreadable-image", e.getMessage())));
            default -> new Described(UNPROCESSABLE, rejection.getMessage(), List.of());
        };
    }

    private record Described(ProblemType type, String detail, List<FieldError> errors) {
    }

    private void helidonRefused(ServerRequest req, ServerResponse res, HttpException e) {
        int status = e.status().code();
        if (status >= 500) {
            fault(req, res, e);
            return;
        }
        ProblemType type = ProblemTypes.forStatus(status);
        writer.write(req, res, type, status, ProblemTypes.genericDetail(type), List.of());
    }

    private void fault(ServerRequest req, ServerResponse res, Throwable e) {
        LOGGER.log(Level.SEVERE, e, () -> "request failed: requestId=" + RequestIds.of(req)
                + " method=" + req.prologue().method().text() + " path=" + req.prologue().uriPath().rawPath());
        writer.write(req, res, INTERNAL, INTERNAL_DETAIL, List.of());
    }
}
