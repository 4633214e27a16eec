package dev.chit.adapters.web.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the API authenticates, as the composition root configures it.
 *
 * @param secureCookies  mark the portal's cookies {@code Secure}; off only for plain-HTTP development
 * @param trustProxy     a reverse proxy in front sets {@code X-Forwarded-For} and {@code X-Forwarded-Host}
 * @param externalIssuer an identity provider whose JWTs are accepted as bearer tokens
 * @param publicOrigins  the origins browsers reach Chit at through a proxy (canonical, see {@link WebOrigins}):
 *                       trusted by the CSRF and WebSocket {@code Origin} checks besides this server's own
 * @param guestOrigins   other sites whose pages may call the guest's routes (CORS); none = no cross-origin
 */
public record SecuritySettings(boolean secureCookies, boolean trustProxy,
                               Optional<ExternalIssuerSettings> externalIssuer,
                               Set<String> publicOrigins, Set<String> guestOrigins) {

    public SecuritySettings {
        Objects.requireNonNull(externalIssuer, "externalIssuer");
        publicOrigins = Set.copyOf(publicOrigins);
        guestOrigins = Set.copyOf(guestOrigins);
    }

    /** No public origins besides this server's own, no cross-origin guests. */
    public SecuritySettings(boolean secureCookies, boolean trustProxy, Optional<ExternalIssuerSettings> externalIssuer) {
        this(secureCookies, trustProxy, externalIssuer, Set.of(), Set.of());
    }

    /** Secure cookies, no proxy, no external issuer. */
    public static SecuritySettings standard() {
        return new SecuritySettings(true, false, Optional.empty());
    }
}
