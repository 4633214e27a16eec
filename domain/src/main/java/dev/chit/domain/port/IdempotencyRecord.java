package dev.chit.domain.port;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a request made under an idempotency key produced: the fingerprint of its body (to tell
 * a replay from a different request under the same key) and the response it got, kept as
 * bytes so that a replay answers byte for byte.
 *
 * @param scope what the key is for ("orders"), so one key may serve different endpoints
 */
public record IdempotencyRecord(
        String scope,
        String key,
        String requestFingerprint,
        int responseStatus,
        byte[] responseBody,
        Instant createdAt) {

    public IdempotencyRecord {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestFingerprint, "requestFingerprint");
        responseBody = responseBody.clone();
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public byte[] responseBody() {
        return responseBody.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdempotencyRecord that
                && scope.equals(that.scope) && key.equals(that.key)
                && requestFingerprint.equals(that.requestFingerprint)
                && responseStatus == that.responseStatus
                && Arrays.equals(responseBody, that.responseBody)
                && createdAt.equals(that.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, key, requestFingerprint, responseStatus, Arrays.hashCode(responseBody), createdAt);
    }

    @Override
    public String toString() {
        return "IdempotencyRecord[" + scope + "/" + key + " -> " + responseStatus + "]";
    }
}
