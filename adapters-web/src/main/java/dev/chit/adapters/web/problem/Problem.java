package dev.chit.adapters.web.problem;

import java.util.List;

/**
 * An RFC 9457 problem document as the API writes it. {@code errors} is always present (empty
 * when the problem is not about particular fields), so clients need not test for it.
 *
 * @param instance  the path of the request that failed
 * @param requestId the same id as the {@code X-Request-Id} header and the access log
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldError> errors) {

    public Problem {
        errors = List.copyOf(errors);
    }

    /**
     * One thing wrong with a request.
     *
     * @param field where it sits: {@code lines[0].quantity}, {@code customer.email}, or a header name
     * @param code  a stable code that clients may branch on ({@code required}, {@code wrong-type}, ...)
     */
    public record FieldError(String field, String code, String message) {
    }
}
