package dev.chit.adapters.web.support;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code If-Match} header of a request that changes an order or a restaurant's settings: the
 * version the client last saw, as the strong entity tag the API hands out ({@code "3"}, see
 * {@link JsonResponses#entityTag}).
 * {@code *} and an absent header ask for no check.
 */
public final class IfMatch {

    private static final Pattern VERSION_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private IfMatch() {
    }

    /** @throws MalformedParameter when the header is not one entity tag of this API (weak tags never match) */
    public static Optional<Long> version(ServerRequest request) {
        Optional<String> header = request.headers().first(HeaderNames.IF_MATCH).map(String::strip);
        if (header.isEmpty() || header.get().equals("*")) {
            return Optional.empty();
        }
        Matcher tag = VERSION_TAG.matcher(header.get());
        if (!tag.matches()) {
            throw new MalformedParameter("If-Match", "invalid-value",
                    "If-Match must be the ETag of what is changed as it was last read, such as \"3\"");
        }
        return Optional.of(Long.parseLong(tag.group(1)));
    }
}
