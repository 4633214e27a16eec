package dev.chit.adapters.web.security;

import dev.chit.adapters.web.security.Identity.Credential;
import dev.chit.application.auth.Authenticated;
import dev.chit.application.auth.IdentifyCaller;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Principal;
import io.helidon.security.ProviderRequest;
import io.helidon.security.SecurityEnvironment;
import io.helidon.security.Subject;
import io.helidon.security.spi.AuthenticationProvider;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chit's authentication provider for Helidon Security. It looks, in this order, at
 * {@code Authorization: Bearer} (a Chit session token, or a JWT of the configured external
 * issuer), the {@value SessionCookies#SESSION} cookie, and for WebSocket upgrades the
 * {@code token} query parameter (browsers cannot set headers on them). The first credential
 * found decides: it succeeds or fails, the next is not tried. No credential at all abstains.
 *
 * <p>The subject carries the resolved {@link Identity} as a public credential; tokens stay out
 * of it, because Helidon's audit log prints subjects.
 */
public final class ChitAuthenticationProvider implements AuthenticationProvider {

    static final String AUTHORIZATION = "Authorization";
    static final String COOKIE = "Cookie";

    private final IdentifyCaller identifyCaller;
    private final Optional<ExternalIssuer> externalIssuer;

    public ChitAuthenticationProvider(IdentifyCaller identifyCaller, Optional<ExternalIssuer> externalIssuer) {
        this.identifyCaller = identifyCaller;
        this.externalIssuer = externalIssuer;
    }

    @Override
    public AuthenticationResponse authenticate(ProviderRequest request) {
        SecurityEnvironment env = request.env();
        Optional<String> authorization = header(env.headers(), AUTHORIZATION);
        if (authorization.isPresent()) {
            return bearer(authorization.get());
        }
        Optional<String> cookie = SessionCookies.value(headers(env.headers(), COOKIE), SessionCookies.SESSION);
        if (cookie.isPresent()) {
            return session(cookie.get(), Credential.SESSION_COOKIE);
        }
        Optional<String> queryToken = env.path().filter(path -> path.startsWith("/ws/"))
                .flatMap(path -> env.queryParams().first("token").asOptional());
        if (queryToken.isPresent()) {
            return token(queryToken.get());
        }
        return AuthenticationResponse.abstain();
    }

    private AuthenticationResponse bearer(String authorization) {
        String[] parts = authorization.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")) {
            return AuthenticationResponse.failed("only the Bearer scheme is supported");
        }
        return token(parts[1].strip());
    }

    // A bearer token: a JWT of the external issuer when one is configured and it looks like one, else a session.
    private AuthenticationResponse token(String token) {
        if (externalIssuer.isPresent() && ExternalIssuer.looksLikeJwt(token)) {
            return externalIssuer.get().callerOf(token)
                    .map(caller -> success(new Identity(caller, Credential.EXTERNAL_TOKEN, Optional.empty())))
                    .orElseGet(() -> AuthenticationResponse.failed("the JWT is not valid"));
        }
        return session(token, Credential.SESSION_BEARER);
    }

    private AuthenticationResponse session(String token, Credential credential) {
        Optional<Authenticated> authenticated = identifyCaller.bySessionToken(token);
        return authenticated
                .map(found -> success(new Identity(found.caller(), credential, Optional.of(found.sessionId()))))
                .orElseGet(() -> AuthenticationResponse.failed("the session token is unknown, expired or revoked"));
    }

    private static AuthenticationResponse success(Identity identity) {
        return AuthenticationResponse.success(Subject.builder()
                .principal(Principal.create(identity.caller().userId().toString()))
                .addPublicCredential(Identity.class, identity)
                .build());
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        return headers(headers, name).stream().findFirst();
    }

    private static List<String> headers(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .toList();
    }
}
