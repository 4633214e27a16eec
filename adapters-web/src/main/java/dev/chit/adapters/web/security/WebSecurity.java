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
        Optional<ExternalIssuer> externalIssuer = settings.externalIssuer().map(ExternalIssuer::create);
        Security security = Security.builder()
                .addAuthenticationProvider(new ChitAuthenticationProvider(identifyCaller, externalIssuer), "chit")
                .build();
        return new AuthenticationFilter(security, new CrossSiteRequests(settings.trustProxy()));
    }
}
