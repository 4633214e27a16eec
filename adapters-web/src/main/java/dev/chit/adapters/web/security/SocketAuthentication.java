package dev.chit.adapters.web.security;

import io.helidon.common.uri.UriQuery;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Security;
import io.helidon.security.SecurityEnvironment;
import io.helidon.security.SecurityResponse.SecurityStatus;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who opens a WebSocket. Upgrades are not routed through the HTTP filters, so the live
 * endpoints ask here, with the same provider and credentials as the API: {@code Authorization:
 * Bearer} (a session token or an external JWT), the portal's session cookie (only from a page
 * of this server: see {@link CrossSiteRequests#allowedUpgrade}), or {@code ?token=}. The
 * credentials are kept with the socket so that it can be asked again while it stays open
 * ({@link #again}): a session signed out or expired, or a member dismissed, then counts.
 */
public final class SocketAuthentication {

    private final Security security;
    private final CrossSiteRequests crossSiteRequests;

    SocketAuthentication(Security security, CrossSiteRequests crossSiteRequests) {
        this.security = security;
        this.crossSiteRequests = crossSiteRequests;
    }

    /** What an upgrade's credentials prove. */
    public sealed interface Verdict {
    }

    /** No credentials came. */
    public record Anonymous() implements Verdict {
    }

    /** Credentials came and do not count (unknown, expired, signed out; a cookie from another site). */
    public record Refused() implements Verdict {
    }

    /**
     * The caller, and the credentials that proved it, to ask again with. {@code key} tells equal
     * credentials apart, for asking once for all the sockets that share them; it is never logged.
     */
    public record Known(Identity identity, Credentials credentials) implements Verdict {
    }

    /** An upgrade's credentials, as they came (only what the provider reads). */
    public static final class Credentials {

        private final Map<String, List<String>> headers;
        private final UriQuery query;
        private final String key;

        private Credentials(Map<String, List<String>> headers, UriQuery query) {
            this.headers = headers;
            this.query = query;
            this.key = headers.toString() + "|" + query.first("token").orElse("");
        }

        /** Equal for equal credentials; for grouping sockets, never for logs. */
        public String key() {
            return key;
        }

        @Override
        public String toString() {
            return "Credentials[hidden]";
        }
    }

    /** Checks an upgrade's credentials. */
    public Verdict identify(HttpPrologue prologue, Headers headers) {
        Credentials credentials = new Credentials(Map.of(
                ChitAuthenticationProvider.AUTHORIZATION, headers.all(HeaderNames.AUTHORIZATION, List::of),
                ChitAuthenticationProvider.COOKIE, headers.all(HeaderNames.COOKIE, List::of)), prologue.query());
        Verdict verdict = again(credentials);
        if (verdict instanceof Known known && known.identity().credential() == Identity.Credential.SESSION_COOKIE
                && !crossSiteRequests.allowedUpgrade(headers)) {
            return new Refused();
        }
        return verdict;
    }

    /** Checks credentials again, as they are now (a session may have ended since). */
    public Verdict again(Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        AuthenticationResponse response = security.contextBuilder(UUID.randomUUID().toString())
                .env(SecurityEnvironment.builder()
                        .transport("ws")
                        .path("/ws/")
                        .headers(credentials.headers)
                        .queryParams(credentials.query)
                        .build())
                .build()
                .atnClientBuilder()
                .submit();
        if (response.status() == SecurityStatus.ABSTAIN) {
            return new Anonymous();
        }
        Optional<Identity> identity = response.user()
                .flatMap(subject -> subject.publicCredential(Identity.class))
                .filter(found -> response.status().isSuccess());
        return identity.<Verdict>map(found -> new Known(found, credentials)).orElseGet(Refused::new);
    }
}
