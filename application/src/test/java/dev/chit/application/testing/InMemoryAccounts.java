package dev.chit.application.testing;

import dev.chit.application.auth.CreateAdmin;
import dev.chit.application.auth.IdentifyCaller;
import dev.chit.application.auth.SignIn;
import dev.chit.application.auth.SignOut;
import dev.chit.application.support.TimeOrderedIds;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.SignInThrottle;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The sign-in use cases over in-memory users, sessions and failures, with a clock the test
 * moves and a fast password hasher that counts its checks. Sessions last twelve hours.
 */
public final class InMemoryAccounts {

    public static final Instant START = Instant.parse("2026-03-02T12:00:00Z");
    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    public final SettableClock clock;
    public final InMemoryUsers users = new InMemoryUsers();
    public final InMemorySessions sessions = new InMemorySessions();
    public final InMemoryLoginFailures failures = new InMemoryLoginFailures();
    public final CountingPasswords passwords = new CountingPasswords();
    public final InMemoryTransactions transactions = new InMemoryTransactions(users, sessions, failures);
    public final TimeOrderedIds ids;

    public final SignIn signIn;
    public final SignOut signOut;
    public final IdentifyCaller identifyCaller;
    public final CreateAdmin createAdmin;

    public InMemoryAccounts() {
        this(new SettableClock(START));
    }

    public InMemoryAccounts(SettableClock clock) {
        this.clock = clock;
        this.ids = new TimeOrderedIds(clock);
        this.signIn = new SignIn(users, sessions, failures, passwords, transactions, ids, clock, SESSION_LIFETIME,
                SignInThrottle.STANDARD);
        this.signOut = new SignOut(sessions, clock);
        this.identifyCaller = new IdentifyCaller(sessions, users, clock);
        this.createAdmin = new CreateAdmin(users, sessions, passwords, transactions, ids, clock);
    }

    /** Stores a user with {@code password}. */
    public User givenUser(String email, String password, Membership... memberships) {
        User user = new User(new UserId(UUID.randomUUID()), email, "User " + email, false, List.of(memberships));
        users.add(user, passwords.hash(password));
        return user;
    }

    public User givenAdmin(String email, String password) {
        User admin = new User(new UserId(UUID.randomUUID()), email, "Admin " + email, true, List.of());
        users.add(admin, passwords.hash(password));
        return admin;
    }
}
