package dev.chit.adapters.web.security;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An identity provider whose JWTs Chit accepts as bearer tokens, and how their claims map to
 * a caller. Its signing keys come from a JWKS URL (fetched and cached) or from one PEM public
 * key (or certificate), never both.
 *
 * @param issuer           the exact {@code iss} the tokens carry
 * @param audience         when present, an {@code aud} the tokens must name
 * @param membershipsClaim the claim holding {@code [{"restaurantId","role"}]}
 * @param adminClaim       when present, the claim that makes a platform admin: {@code true}, or
 *                         {@code adminValue} as its value or among its values
 */
public record ExternalIssuerSettings(String issuer, Optional<String> audience, Optional<URI> jwksUrl,
                                     Optional<String> publicKeyPem, String membershipsClaim,
                                     Optional<String> adminClaim, String adminValue) {

    public static final String DEFAULT_MEMBERSHIPS_CLAIM = "chit_memberships";
    public static final String DEFAULT_ADMIN_VALUE = "admin";

    public ExternalIssuerSettings {
        Objects.requireNonNull(issuer, "issuer");
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("the JWT issuer must not be blank");
        }
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        Objects.requireNonNull(publicKeyPem, "publicKeyPem");
        if (jwksUrl.isPresent() == publicKeyPem.isPresent()) {
            throw new IllegalArgumentException(
                    "the JWT issuer " + issuer + " needs either a JWKS URL or a PEM public key, exactly one of them");
        }
        Objects.requireNonNull(membershipsClaim, "membershipsClaim");
        Objects.requireNonNull(adminClaim, "adminClaim");
        Objects.requireNonNull(adminValue, "adminValue");
    }

    /** Keys from a JWKS URL, default claims. */
    public static ExternalIssuerSettings withJwks(String issuer, URI jwksUrl) {
        return new ExternalIssuerSettings(issuer, Optional.empty(), Optional.of(jwksUrl), Optional.empty(),
                DEFAULT_MEMBERSHIPS_CLAIM, Optional.empty(), DEFAULT_ADMIN_VALUE);
    }

    /** One PEM public key, default claims. */
    public static ExternalIssuerSettings withPublicKey(String issuer, String pem) {
        return new ExternalIssuerSettings(issuer, Optional.empty(), Optional.empty(), Optional.of(pem),
                DEFAULT_MEMBERSHIPS_CLAIM, Optional.empty(), DEFAULT_ADMIN_VALUE);
    }

    public ExternalIssuerSettings withAudience(String required) {
        return new ExternalIssuerSettings(issuer, Optional.of(required), jwksUrl, publicKeyPem, membershipsClaim,
                adminClaim, adminValue);
    }

    public ExternalIssuerSettings withAdminClaim(String claim, String value) {
        return new ExternalIssuerSettings(issuer, audience, jwksUrl, publicKeyPem, membershipsClaim,
                Optional.of(claim), value);
    }

    /** Where the keys come from, for the start-up log; a PEM key is not shown. */
    public String describe() {
        return "issuer=" + issuer + " keys=" + jwksUrl.map(URI::toString).orElse("PEM public key");
    }
}
