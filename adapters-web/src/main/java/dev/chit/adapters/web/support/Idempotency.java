package dev.chit.adapters.web.support;

import dev.chit.application.support.Sha256;
import dev.chit.application.checkout.PlaceOrderCommand;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;


/**
 * The {@code Idempotency-Key} side of a request: the key the client chose, and the fingerprint
 * of the exact bytes it sent under it (a retry must repeat the body byte for byte to be answered
 * from the first response).
 */
public final class Idempotency {

    public static final HeaderName KEY = HeaderNames.create("Idempotency-Key");
    public static final HeaderName REPLAYED = HeaderNames.create("Idempotent-Replayed");

    private Idempotency() {
    }

    /** @throws IdempotencyKeyRequired when the header is absent, empty or longer than 255 characters */
    public static String key(ServerRequest request) {
        String key = request.headers().first(KEY).map(String::strip).orElse("");
        if (key.isEmpty()) {
            throw new IdempotencyKeyRequired("required", "send an Idempotency-Key header (1 to "
                    + PlaceOrderCommand.MAX_IDEMPOTENCY_KEY_LENGTH + " characters) so that a retry cannot order twice");
        }
        if (key.length() > PlaceOrderCommand.MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new IdempotencyKeyRequired("too-long", "the Idempotency-Key header must be at most "
                    + PlaceOrderCommand.MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
        }
        return key;
    }

    /** SHA-256 of the body, in lower-case hex. */
    public static String fingerprint(byte[] body) {
        return Sha256.hex(body);
    }
}
