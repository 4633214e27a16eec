package dev.chit.adapters.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Web origins ({@code scheme://host[:port]}) as configured and as browsers send them in
 * {@code Origin}, in one form so that they compare: lower case, the scheme's default port left out.
 */
public final class WebOrigins {

    private WebOrigins() {
    }

    /**
     * The comma-separated origins of the setting {@code name}; none for a blank value.
     *
     * @throws IllegalArgumentException naming the setting and the entry, for anything that is not an origin
     */
    public static Set<String> parse(String name, String value) {
        Set<String> origins = new LinkedHashSet<>();
        for (String entry : Arrays.stream(value.split(",")).map(String::strip).filter(e -> !e.isEmpty()).toList()) {
            origins.add(canonical(entry).orElseThrow(() -> new IllegalArgumentException(name + ": \"" + entry
                    + "\" is not an origin; write scheme://host[:port] with http or https and no path,"
                    + " e.g. https://order.example.com")));
        }
        return Set.copyOf(origins);
    }

    /** {@code origin} in its canonical form, or empty when it is not an http(s) origin. */
    static Optional<String> canonical(String origin) {
        try {
            URI uri = new URI(origin.strip());
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            boolean bare = uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    // A trailing slash, as copied from an address bar, is still the origin.
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"));
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || !bare) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException unparsable) {
            return Optional.empty();
        }
    }

    /** Whether the {@code Origin} a browser sent is one of {@code origins} (canonical forms). */
    static boolean listed(String origin, Set<String> origins) {
        return !origins.isEmpty() && canonical(origin).filter(origins::contains).isPresent();
    }
}
