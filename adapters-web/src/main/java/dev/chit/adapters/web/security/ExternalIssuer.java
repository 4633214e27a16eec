package dev.chit.adapters.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.chit.adapters.web.json.StrictUuid;
import dev.chit.application.access.Caller;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.UserId;

import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bearer JWTs of an identity provider Chit trusts, turned into a {@link Caller}. A token counts
 * when its signature verifies with the issuer's key (RSA or EC only: no shared secrets, no
 * {@code none}), its {@code iss} is the issuer, its {@code aud} names Chit when an audience is
 * configured, and it has not expired (60 seconds of clock skew allowed).
 *
 * <p>The caller's id is the {@code sub} when that is a UUID, else a name-based UUID of issuer
 * and subject, so that one person keeps one id across sign-ins without Chit storing them.
 * A memberships claim that Chit cannot read refuses the token rather than dropping roles.
 */
public final class ExternalIssuer {

    private static final Logger LOG = Logger.getLogger(ExternalIssuer.class.getName());

    private static final Set<JWSAlgorithm> RSA_ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512);
    private static final Set<JWSAlgorithm> EC_ALGORITHMS =
            Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private final ExternalIssuerSettings settings;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    private ExternalIssuer(ExternalIssuerSettings settings, JWSKeySelector<SecurityContext> keys) {
        this.settings = settings;
        processor.setJWSKeySelector(keys);
        // Access tokens of some providers say "at+jwt"; plain JWTs say "JWT" or nothing.
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                settings.audience().map(Set::of).orElse(null),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                Set.of("iss", "sub", "exp"),
                null));
    }

    /** @throws IllegalArgumentException when the JWKS URL or the PEM key cannot be used */
    public static ExternalIssuer create(ExternalIssuerSettings settings) {
        return new ExternalIssuer(settings, settings.jwksUrl()
                .map(ExternalIssuer::jwksKeys)
                .orElseGet(() -> pemKey(PemPublicKeys.parse(settings.publicKeyPem().orElseThrow()))));
    }

    /** Whether a bearer token is a JWT (three dot-separated parts) rather than a Chit session token. */
    public static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    /** The caller a valid token names; empty when the token does not verify or its claims do not map. */
    public Optional<Caller> callerOf(String token) {
        try {
            return Optional.of(caller(processor.process(token, null)));
        } catch (KeySourceException e) {
            // The issuer's keys could not be fetched: an operator needs to hear of it.
            LOG.log(Level.WARNING, () -> "event=jwt-keys-unavailable " + settings.describe() + " cause=\""
                    + e.getMessage() + "\"");
            return Optional.empty();
        } catch (ParseException | BadJOSEException | JOSEException | UnreadableClaim e) {
            LOG.log(Level.FINE, () -> "event=jwt-refused issuer=" + settings.issuer() + " reason=\"" + e.getMessage() + "\"");
            return Optional.empty();
        }
    }

    private Caller caller(JWTClaimsSet claims) throws UnreadableClaim, ParseException {
        String subject = claims.getSubject();
        UUID id = StrictUuid.parse(subject).orElseGet(() -> UUID.nameUUIDFromBytes(
                (settings.issuer() + "\n" + subject).getBytes(StandardCharsets.UTF_8)));
        String email = Optional.ofNullable(claims.getStringClaim("email")).orElse("");
        String name = Optional.ofNullable(claims.getStringClaim("name"))
                .or(() -> optionalString(claims, "preferred_username"))
                .orElse(subject);
        return new Caller(new UserId(id), email, name, isAdmin(claims), memberships(claims));
    }

    private List<Membership> memberships(JWTClaimsSet claims) throws UnreadableClaim {
        Object value = claims.getClaim(settings.membershipsClaim());
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Collection<?> entries)) {
            throw new UnreadableClaim(settings.membershipsClaim() + " is not a list");
        }
        List<Membership> memberships = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields)
                    || !(fields.get("restaurantId") instanceof String restaurantId)
                    || !(fields.get("role") instanceof String role)) {
                throw new UnreadableClaim(settings.membershipsClaim() + " holds an entry without restaurantId and role");
            }
            UUID restaurant = StrictUuid.parse(restaurantId)
                    .orElseThrow(() -> new UnreadableClaim("restaurantId " + restaurantId + " is not a UUID"));
            memberships.add(new Membership(new RestaurantId(restaurant), role(role)));
        }
        return memberships;
    }

    private boolean isAdmin(JWTClaimsSet claims) {
        return settings.adminClaim().map(claims::getClaim).map(value -> switch (value) {
            case Boolean flag -> flag;
            case String text -> text.equals(settings.adminValue());
            case Collection<?> values -> values.contains(settings.adminValue());
            default -> false;
        }).orElse(false);
    }

    private static Role role(String name) throws UnreadableClaim {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        throw new UnreadableClaim("role " + name + " is neither STAFF nor MANAGER");
    }

    private static Optional<String> optionalString(JWTClaimsSet claims, String name) {
        try {
            return Optional.ofNullable(claims.getStringClaim(name));
        } catch (ParseException notText) {
            return Optional.empty();
        }
    }

    private static final int JWKS_TIMEOUT_MILLIS = 5_000;
    private static final int JWKS_SIZE_LIMIT = 256 * 1024;

    private static JWSKeySelector<SecurityContext> jwksKeys(URI url) {
        try {
            Set<JWSAlgorithm> algorithms = new HashSet<>(RSA_ALGORITHMS);
            algorithms.addAll(EC_ALGORITHMS);
            // Cached, refreshed ahead of expiry, and fetched at most every 30 s when an unknown key id turns up.
            // Nimbus waits 500 ms for the keys by default: a busy identity provider (or server) takes longer.
            var retriever = new DefaultResourceRetriever(JWKS_TIMEOUT_MILLIS, JWKS_TIMEOUT_MILLIS, JWKS_SIZE_LIMIT);
            return new JWSVerificationKeySelector<>(algorithms, JWKSourceBuilder.create(url.toURL(), retriever).build());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the JWKS URL " + url + " is not usable: " + e.getMessage(), e);
        }
    }

    private static JWSKeySelector<SecurityContext> pemKey(PublicKey key) {
        Set<JWSAlgorithm> algorithms = switch (key) {
            case RSAPublicKey rsa -> RSA_ALGORITHMS;
            case ECPublicKey ec -> EC_ALGORITHMS;
            default -> throw new IllegalArgumentException("the JWT public key is neither RSA nor EC");
        };
        List<Key> only = List.of(key);
        return (header, context) -> algorithms.contains(header.getAlgorithm()) ? only : List.of();
    }

    /** A claim Chit maps (memberships, roles) holds something it cannot read. */
    private static final class UnreadableClaim extends Exception {
        UnreadableClaim(String message) {
            super(message, null, false, false);
        }
    }
}
