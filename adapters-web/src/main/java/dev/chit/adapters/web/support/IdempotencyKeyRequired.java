package dev.chit.adapters.web.support;

/**
 * A request that must be safe to retry came without a usable {@code Idempotency-Key}. This is a
 * 400 rather than a 422: the request breaks the protocol of the endpoint, whatever its body says.
 */
public final class IdempotencyKeyRequired extends RuntimeException {

    private final String code;

    public IdempotencyKeyRequired(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
