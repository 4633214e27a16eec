package dev.chit.adapters.web.support;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a JSON request body as raw bytes: idempotency compares the exact bytes a client sent, so
 * the body is taken before any parsing. Refuses other media types (415) and bodies over the
 * limit (413) without reading more than the limit.
 */
public final class JsonBody {

    /** The largest request body the API accepts: 256 KiB. */
    public static final int MAX_BYTES = 256 * 1024;

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private JsonBody() {
    }

    /**
     * @throws UnsupportedMediaType unless the body is declared {@code application/json} (UTF-8)
     * @throws PayloadTooLarge      when the body is larger than {@link #MAX_BYTES}
     */
    public static byte[] read(ServerRequest request) {
        requireJson(request.headers().first(HeaderNames.CONTENT_TYPE));
        return readWithinLimit(request);
    }

    private static byte[] readWithinLimit(ServerRequest request) {
        OptionalLong declared = request.headers().contentLength();
        if (declared.isPresent() && declared.getAsLong() > MAX_BYTES) {
            throw new PayloadTooLarge(MAX_BYTES);
        }
        if (!request.content().hasEntity()) {
            return new byte[0];
        }
        try {
            InputStream in = request.content().inputStream();
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new PayloadTooLarge(MAX_BYTES);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read", e);
        }
    }

    /** The body of a request whose body may be left out altogether (a cancel without a reason). */
    public static Optional<byte[]> readIfAny(ServerRequest request) {
        boolean declared = request.headers().contentLength().orElse(0) > 0
                || request.headers().contains(HeaderNames.TRANSFER_ENCODING);
        return declared ? Optional.of(read(request)) : Optional.empty();
    }

    /**
     * A partial update's body: {@code application/json} or {@code application/merge-patch+json}
     * (RFC 7396), which mean the same here.
     */
    public static byte[] readMergePatch(ServerRequest request) {
        boolean mergePatch = request.headers().first(HeaderNames.CONTENT_TYPE)
                .map(type -> type.split(";", -1)[0].strip().equalsIgnoreCase(MERGE_PATCH))
                .orElse(false);
        if (!mergePatch) {
            return read(request);
        }
        requireJson(request.headers().first(HeaderNames.CONTENT_TYPE), MERGE_PATCH);
        return readWithinLimit(request);
    }

    /** {@code application/json}, with no charset or UTF-8 (RFC 8259 allows nothing else). */
    static void requireJson(Optional<String> contentType) {
        requireJson(contentType, "application/json");
    }

    private static void requireJson(Optional<String> contentType, String wanted) {
        String value = contentType.orElseThrow(() -> new UnsupportedMediaType("none"));
        // A limit of -1 keeps the empty parts: ";" is two empty parts, not none.
        String[] parts = value.split(";", -1);
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(wanted)) {
            throw new UnsupportedMediaType(mediaType);
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = parameter.length < 2 ? "" : parameter[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8")) {
                    throw new UnsupportedMediaType(mediaType + "; charset=" + charset);
                }
            }
        }
    }
}
