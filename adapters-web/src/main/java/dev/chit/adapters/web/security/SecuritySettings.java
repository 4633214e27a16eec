package dev.chit.adapters.web.security;

import java.util.Objects;
import java.util.Optional;

/**
 * How the API authenticates, as the composition root configures it.
 *
 * @param secureCookies  mark the portal's cookies {@code Secure}; off only for plain-HTTP development
 * @param trustProxy     a reverse proxy in front sets {@code X-Forwarded-For} and {@code X-Forwarded-Host}
 * @param externalIssuer an identity provider whose JWTs are accepted as bearer tokens
 */
public record SecuritySettings(boolean secureCookies, boolean trustProxy,
                               Optional<ExternalIssuerSettings> externalIssuer) {

    public SecuritySettings {
        Objects.requireNonNull(externalIssuer, "externalIssuer");
    }

    /** Secure cookies, no proxy, no external issuer. */
    public static SecuritySettings standard() {
        return new SecuritySettings(true, false, Optional.empty());
    }
}
