package dev.chit.adapters.web.auth;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.security.ClientAddresses;
import dev.chit.adapters.web.security.Identity;
import dev.chit.adapters.web.security.SessionCookies;
import dev.chit.adapters.web.support.AccessLog;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.Violations;
import dev.chit.application.access.Caller;
import dev.chit.application.auth.SignIn;
import dev.chit.application.auth.SignInCommand;
import dev.chit.application.auth.SignOut;
import dev.chit.application.auth.SignedIn;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code POST /auth/login} signs in with email and password: the token in the body for API
 * clients, and the session and CSRF cookies for the portal. {@code POST /auth/logout} revokes
 * the session the request was made with and clears the cookies. {@code GET /auth/me} tells who
 * is signed in.
 */
public final class AuthService implements HttpService {

    private static final String LOGIN = "/auth/login";
    private static final String LOGOUT = "/auth/logout";
    private static final String ME = "/auth/me";

    private final SignIn signIn;
    private final SignOut signOut;
    private final SessionCookies cookies;
    private final ClientAddresses clientAddresses;
    private final Clock clock;
    private final Json json;

    public AuthService(SignIn signIn, SignOut signOut, SessionCookies cookies, ClientAddresses clientAddresses,
                       Clock clock, Json json) {
        this.signIn = signIn;
        this.signOut = signOut;
        this.cookies = cookies;
        this.clientAddresses = clientAddresses;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(LOGIN, this::login)
                .any(LOGIN, MethodNotAllowed.allowing(Method.POST))
                .post(LOGOUT, this::logout)
                .any(LOGOUT, MethodNotAllowed.allowing(Method.POST))
                .get(ME, this::me)
                .any(ME, MethodNotAllowed.allowing(Method.GET));
    }

    private void login(ServerRequest req, ServerResponse res) {
        LoginJson body = json.read(JsonBody.read(req), LoginJson.class);
        Violations violations = new Violations();
        Optional<SignInCommand> command = body.toCommand(clientAddresses.of(req), violations);
        violations.throwIfAny();
        SignedIn signedIn = signIn.signIn(command.orElseThrow());
        AccessLog.identify(req, signedIn.caller().userId().toString());
        cookies.set(res, signedIn.token(), untilExpiry(signedIn));
        JsonResponses.send(res, Status.OK_200, json.write(SignedInJson.of(signedIn)));
    }

    // Max-Age counts whole seconds; rounded up, the cookie lasts as long as the session does.
    private Duration untilExpiry(SignedIn signedIn) {
        Duration left = Duration.between(clock.instant(), signedIn.expiresAt());
        return Duration.ofSeconds(left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
    }

    private void logout(ServerRequest req, ServerResponse res) {
        Callers.require(req);
        Identity.of(req).flatMap(Identity::session).ifPresent(signOut::signOut);
        cookies.clear(res);
        res.status(Status.NO_CONTENT_204).send();
    }

    private void me(ServerRequest req, ServerResponse res) {
        Caller caller = Callers.require(req);
        JsonResponses.send(res, Status.OK_200, json.write(UserJson.of(caller)));
    }
}
