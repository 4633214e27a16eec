package dev.chit.adapters.web.auth;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.AuthenticationFilter;
import dev.chit.adapters.web.security.ClientAddresses;
import dev.chit.adapters.web.security.CrossOriginGuests;
import dev.chit.adapters.web.security.SecuritySettings;
import dev.chit.adapters.web.security.SessionCookies;
import dev.chit.adapters.web.security.SocketAuthentication;
import dev.chit.adapters.web.security.WebSecurity;
import dev.chit.application.auth.IdentifyCaller;
import dev.chit.application.auth.SignIn;
import dev.chit.application.auth.SignOut;
import io.helidon.security.Security;
import io.helidon.webserver.http.HttpService;

import java.time.Clock;
import java.util.Objects;

/**
 * Everything the API needs to know who is calling, handed to {@code ChitApi} by the composition
 * root: the sign-in use cases and the security settings. Builds the authentication filter (and
 * with it the external issuer, so a bad key fails at start-up) and the sign-in routes.
 */
public final class Authentication {

    private final SignIn signIn;
    private final SignOut signOut;
    private final SecuritySettings settings;
    private final Clock clock;
    private final AuthenticationFilter filter;
    private final SocketAuthentication sockets;

    public Authentication(SignIn signIn, SignOut signOut, IdentifyCaller identifyCaller, SecuritySettings settings,
                          Clock clock) {
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.signOut = Objects.requireNonNull(signOut, "signOut");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        Security security = WebSecurity.security(Objects.requireNonNull(identifyCaller, "identifyCaller"), settings);
        this.filter = WebSecurity.filter(security, settings);
        this.sockets = WebSecurity.sockets(security, settings);
    }

    public AuthenticationFilter filter() {
        return filter;
    }

    /** CORS for the guest's routes, for the origins the settings allow (none: a filter that adds nothing). */
    public CrossOriginGuests crossOriginGuests() {
        return new CrossOriginGuests(settings.guestOrigins());
    }

    /** The same credentials, checked for WebSocket upgrades (which do not pass the HTTP filters). */
    public SocketAuthentication sockets() {
        return sockets;
    }

    public HttpService service(Json json) {
        return new AuthService(signIn, signOut, new SessionCookies(settings.secureCookies()),
                new ClientAddresses(settings.trustProxy()), clock, json);
    }
}
