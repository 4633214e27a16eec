package dev.chit.application.auth;

import dev.chit.application.support.AccessTokens;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.LoginFailures;
import dev.chit.domain.port.PasswordHasher;
import dev.chit.domain.port.Sessions;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.port.Users;
import dev.chit.domain.port.Users.Credentials;
import dev.chit.domain.staff.PasswordHash;
import dev.chit.domain.staff.Session;
import dev.chit.domain.staff.SessionId;
import dev.chit.domain.staff.SignInThrottle;
import dev.chit.domain.staff.User;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Signs a user in with email and password and opens a session for a fixed time.
 *
 * <p>An unknown email and a wrong password fail alike, in what is answered and in the time it
 * takes: for an unknown email a stand-in hash is checked, so that the slow hash runs either
 * way. Failures are recorded (committed even though the attempt fails) and throttled per email
 * and per client address; a refused attempt checks no password at all.
 */
public final class SignIn {

    /** Failures and ended sessions are kept this long, for whoever looks into an incident. */
    private static final Duration KEPT_FOR = Duration.ofDays(1);

    private final Users users;
    private final Sessions sessions;
    private final LoginFailures failures;
    private final PasswordHasher passwords;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final Duration sessionLifetime;
    private final SignInThrottle throttle;
    // Same algorithm and parameters as real hashes, so checking it costs the same.
    private final PasswordHash standIn;

    public SignIn(Users users, Sessions sessions, LoginFailures failures, PasswordHasher passwords,
                  Transactions transactions, IdGenerator ids, Clock clock, Duration sessionLifetime,
                  SignInThrottle throttle) {
        this.users = Objects.requireNonNull(users, "users");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sessionLifetime = Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("sessions must last a positive time");
        }
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.standIn = passwords.hash(AccessTokens.newToken());
    }

    /**
     * @throws TooManySignInAttempts when the email or the address failed too often lately
     * @throws InvalidCredentials    when the email is unknown or the password wrong
     */
    public SignedIn signIn(SignInCommand command) {
        Instant now = clock.instant();
        refuseIfThrottled(command, now);
        Optional<Credentials> credentials = users.findByEmail(command.email());
        boolean matches = passwords.matches(command.password(),
                credentials.map(Credentials::passwordHash).orElse(standIn));
        if (credentials.isEmpty() || !matches) {
            transactions.inTransaction(() -> {
                failures.record(command.email(), command.clientAddress(), now);
                failures.purgeBefore(now.minus(KEPT_FOR));
                return null;
            });
            throw new InvalidCredentials();
        }
        return openSession(credentials.get().user(), command.email(), now);
    }

    private void refuseIfThrottled(SignInCommand command, Instant now) {
        Instant since = throttle.countsSince(now);
        Optional<Duration> forEmail = throttle.retryAfter(failures.ofEmailSince(command.email(), since), now);
        Optional<Duration> fromAddress =
                throttle.retryAfter(failures.ofAddressSince(command.clientAddress(), since), now);
        Optional<Duration> wait = Stream.of(forEmail, fromAddress).flatMap(Optional::stream).max(Comparator.naturalOrder());
        if (wait.isPresent()) {
            throw new TooManySignInAttempts(wait.get());
        }
    }

    private SignedIn openSession(User user, String email, Instant now) {
        String token = AccessTokens.newToken();
        Session session = Session.begin(new SessionId(ids.next()), user.id(), AccessTokens.hash(token), now,
                now.plus(sessionLifetime));
        transactions.inTransaction(() -> {
            sessions.add(session);
            failures.forgetEmail(email);
            sessions.purgeEndedBefore(now.minus(KEPT_FOR));
            return null;
        });
        return new SignedIn(token, session.expiresAt(), IdentifyCaller.callerOf(user), session.id());
    }
}
