package dev.chit.adapters.web.problem;

import dev.chit.adapters.web.json.UnreadableJson;
import dev.chit.adapters.web.problem.Problem.FieldError;
import dev.chit.adapters.web.support.IdempotencyKeyRequired;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PayloadTooLarge;
import dev.chit.adapters.web.support.RequestIds;
import dev.chit.adapters.web.support.UnsupportedMediaType;
import dev.chit.application.checkout.IdempotencyKeyReused;
import dev.chit.application.checkout.RequestInProgress;
import dev.chit.domain.checkout.RestaurantClosed;
import dev.chit.domain.error.Conflict;
import dev.chit.domain.error.DomainException;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.InvalidTransition;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.order.TransitionNotPermitted;
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
import static dev.chit.adapters.web.problem.ProblemType.FORBIDDEN_TRANSITION;
import static dev.chit.adapters.web.problem.ProblemType.IDEMPOTENCY_KEY_REQUIRED;
import static dev.chit.adapters.web.problem.ProblemType.IDEMPOTENCY_KEY_REUSED;
import static dev.chit.adapters.web.problem.ProblemType.INTERNAL;
import static dev.chit.adapters.web.problem.ProblemType.INVALID_TRANSITION;
import static dev.chit.adapters.web.problem.ProblemType.MALFORMED_REQUEST;
import static dev.chit.adapters.web.problem.ProblemType.METHOD_NOT_ALLOWED;
import static dev.chit.adapters.web.problem.ProblemType.NOT_FOUND;
import static dev.chit.adapters.web.problem.ProblemType.PAYLOAD_TOO_LARGE;
import static dev.chit.adapters.web.problem.ProblemType.REQUEST_IN_PROGRESS;
import static dev.chit.adapters.web.problem.ProblemType.RESTAURANT_CLOSED;
import static dev.chit.adapters.web.problem.ProblemType.STALE_VERSION;
import static dev.chit.adapters.web.problem.ProblemType.UNPROCESSABLE;
import static dev.chit.adapters.web.problem.ProblemType.UNSUPPORTED_MEDIA_TYPE;
import static dev.chit.adapters.web.problem.ProblemType.VALIDATION;

/**
 * The one place where what went wrong becomes an HTTP status and a problem type. Helidon picks
 * the handler of the most specific registered class, so the fallbacks ({@link Conflict},
 * {@link DomainException}, {@link Throwable}) only catch what has no type of its own.
 */
public final class ProblemMapping {

    private static final Logger LOGGER = Logger.getLogger(ProblemMapping.class.getName());
    static final String INTERNAL_DETAIL =
            "Something went wrong on our side. If it keeps happening, report the requestId.";

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

        // What the domain and the use cases reject.
        routing.error(InvalidInput.class, (req, res, e) -> writer.write(req, res, VALIDATION, e.getMessage(),
                e.violations().stream().map(v -> new FieldError(v.field(), v.code(), v.message())).toList()));
        routing.error(NotFound.class, (req, res, e) -> writer.write(req, res, NOT_FOUND,
                "There is no such " + e.kind() + ", or it is not visible to you.", List.of()));
        routing.error(RestaurantClosed.class, withItsMessage(RESTAURANT_CLOSED));
        routing.error(InvalidTransition.class, withItsMessage(INVALID_TRANSITION));
        routing.error(StaleOrder.class, withItsMessage(STALE_VERSION));
        routing.error(TransitionNotPermitted.class, withItsMessage(FORBIDDEN_TRANSITION));
        routing.error(IdempotencyKeyReused.class, withItsMessage(IDEMPOTENCY_KEY_REUSED));
        routing.error(RequestInProgress.class, (req, res, e) -> {
            res.header(HeaderNames.RETRY_AFTER, "1");
            writer.write(req, res, REQUEST_IN_PROGRESS, e.getMessage(), List.of());
        });
        routing.error(Conflict.class, withItsMessage(CONFLICT));
        routing.error(DomainException.class, withItsMessage(UNPROCESSABLE));

        // What Helidon itself refuses (no route matched: 404), and real faults.
        routing.error(HttpException.class, this::helidonRefused);
        routing.error(Throwable.class, this::fault);
    }

    // The domain's messages are written for the people using the API; they go out as the detail.
    private ErrorHandler<Throwable> withItsMessage(ProblemType type) {
        return (req, res, e) -> writer.write(req, res, type, e.getMessage(), List.of());
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
