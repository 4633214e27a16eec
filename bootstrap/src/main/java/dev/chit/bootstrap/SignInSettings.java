package dev.chit.bootstrap;

import dev.chit.adapters.web.security.ExternalIssuerSettings;
import dev.chit.adapters.web.security.SecuritySettings;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How people sign in, as configured: how long a session lasts, whether cookies are
 * {@code Secure}, whether a reverse proxy's forwarded headers are trusted, the first admin to
 * create on a database without one, an external JWT issuer, the public origins a proxy serves
 * Chit at and the sites allowed to call the guest's routes (CORS). {@code toString} hides the
 * admin's password.
 */
public record SignInSettings(Duration sessionLifetime, boolean secureCookies, boolean trustProxy,
                             Optional<String> adminEmail, Optional<String> adminPassword,
                             Optional<ExternalIssuerSettings> externalIssuer,
                             Set<String> publicOrigins, Set<String> guestOrigins) {

    public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(12);

    public SignInSettings {
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("chit.session.hours must be positive");
        }
        Objects.requireNonNull(adminEmail, "adminEmail");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(externalIssuer, "externalIssuer");
        publicOrigins = Set.copyOf(publicOrigins);
        guestOrigins = Set.copyOf(guestOrigins);
    }

    /** Twelve-hour sessions, secure cookies, no proxy, no admin to create, no external issuer. */
    public static SignInSettings defaults() {
        return new SignInSettings(DEFAULT_SESSION_LIFETIME, true, false, Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), Set.of());
    }

    public SecuritySettings security() {
        return new SecuritySettings(secureCookies, trustProxy, externalIssuer, publicOrigins, guestOrigins);
    }

    public SignInSettings withSessionLifetime(Duration lifetime) {
        return new SignInSettings(lifetime, secureCookies, trustProxy, adminEmail, adminPassword, externalIssuer,
                publicOrigins, guestOrigins);
    }

    public SignInSettings withSecureCookies(boolean secure) {
        return new SignInSettings(sessionLifetime, secure, trustProxy, adminEmail, adminPassword, externalIssuer,
                publicOrigins, guestOrigins);
    }

    public SignInSettings withFirstAdmin(String email, String password) {
        return new SignInSettings(sessionLifetime, secureCookies, trustProxy, Optional.of(email), Optional.of(password),
                externalIssuer, publicOrigins, guestOrigins);
    }

    public SignInSettings withExternalIssuer(ExternalIssuerSettings issuer) {
        return new SignInSettings(sessionLifetime, secureCookies, trustProxy, adminEmail, adminPassword,
                Optional.of(issuer), publicOrigins, guestOrigins);
    }

    /** Canonical origins ({@code WebOrigins.parse}). */
    public SignInSettings withOrigins(Set<String> newPublicOrigins, Set<String> newGuestOrigins) {
        return new SignInSettings(sessionLifetime, secureCookies, trustProxy, adminEmail, adminPassword, externalIssuer,
                newPublicOrigins, newGuestOrigins);
    }

    @Override
    public String toString() {
        return "SignInSettings[sessionLifetime=" + sessionLifetime + ", secureCookies=" + secureCookies
                + ", trustProxy=" + trustProxy + ", adminEmail=" + adminEmail.orElse("-")
                + ", adminPassword=" + adminPassword.map(p -> "***").orElse("-")
                + ", externalIssuer=" + externalIssuer.map(ExternalIssuerSettings::describe).orElse("-")
                + ", publicOrigins=" + publicOrigins + ", guestOrigins=" + guestOrigins + "]";
    }
}
