package dev.chit.adapters.web.security;

import dev.chit.application.auth.IdentifyCaller;
import io.helidon.security.Security;

import java.util.Optional;

/** Builds Helidon Security with Chit's provider, and the filter that runs it. */
public final class WebSecurity {

    private WebSecurity() {
    }

    /** @throws IllegalArgumentException when the external issuer's keys cannot be used */
    public static AuthenticationFilter filter(IdentifyCaller identifyCaller, SecuritySettings settings) {
        return filter(security(identifyCaller, settings), settings);
    }

    /** The filter for HTTP requests and the check for WebSocket upgrades, on one Helidon Security. */
    public static AuthenticationFilter filter(Security security, SecuritySettings settings) {
        return new AuthenticationFilter(security, new CrossSiteRequests(settings.trustProxy(), settings.publicOrigins()));
    }

    public static SocketAuthentication sockets(Security security, SecuritySettings settings) {
        return new SocketAuthentication(security, new CrossSiteRequests(settings.trustProxy(), settings.publicOrigins()));
    }

    /** @throws IllegalArgumentException when the external issuer's keys cannot be used */
    public static Security security(IdentifyCaller identifyCaller, SecuritySettings settings) {
        Optional<ExternalIssuer> externalIssuer = settings.externalIssuer().map(ExternalIssuer::create);
        return Security.builder()
                .addAuthenticationProvider(new ChitAuthenticationProvider(identifyCaller, externalIssuer), "chit")
                .build();
    }
}
