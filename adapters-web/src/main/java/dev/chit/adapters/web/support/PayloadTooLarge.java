package dev.chit.adapters.web.support;

/** The request body is larger than the API accepts. */
public final class PayloadTooLarge extends RuntimeException {

    private final long limit;

    public PayloadTooLarge(long limit) {
        super("the request body is larger than " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
