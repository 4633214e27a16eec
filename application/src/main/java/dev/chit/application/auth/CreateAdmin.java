package dev.chit.application.auth;

import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.PasswordHasher;
import dev.chit.domain.port.Sessions;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.port.Users;
import dev.chit.domain.staff.NewPassword;
import dev.chit.domain.staff.PasswordHash;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes a platform admin: the operator's way in on a new installation, and back in when the
 * admin's password is lost. A new email gets a new user; an existing user is promoted and gets
 * the new password, and their open sessions end, as after any change of password.
 */
public final class CreateAdmin {

    public enum Outcome {
        CREATED,
        PROMOTED
    }

    public record Result(User admin, Outcome outcome) {
    }

    private final Users users;
    private final Sessions sessions;
    private final PasswordHasher passwords;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public CreateAdmin(Users users, Sessions sessions, PasswordHasher passwords, Transactions transactions,
                       IdGenerator ids, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates the admin, or promotes the user with that email and sets their password. */
    public Result createOrPromote(String email, NewPassword password) {
        // The slow hash runs outside the transaction, which then holds its connection briefly.
        PasswordHash hash = passwords.hash(password.value());
        return transactions.inTransaction(() -> store(email, hash));
    }

    /** At start-up: creates (or promotes) the admin only while there is no admin at all. */
    public Optional<Result> createFirst(String email, NewPassword password) {
        if (users.anyAdmin()) {
            return Optional.empty();
        }
        PasswordHash hash = passwords.hash(password.value());
        return transactions.inTransaction(() -> users.anyAdmin() ? Optional.empty() : Optional.of(store(email, hash)));
    }

    private Result store(String email, PasswordHash hash) {
        Optional<User> existing = users.findByEmail(email).map(Users.Credentials::user);
        if (existing.isPresent()) {
            User user = existing.get();
            users.grantAdmin(user.id());
            users.changePassword(user.id(), hash);
            sessions.revokeAllOf(user.id(), clock.instant());
            return new Result(new User(user.id(), user.email(), user.name(), true, user.memberships()), Outcome.PROMOTED);
        }
        User admin = new User(new UserId(ids.next()), email, nameFrom(email), true, List.of());
        users.add(admin, hash);
        return new Result(admin, Outcome.CREATED);
    }

    // The CLI asks for no name; the part before the @ reads well enough until someone sets one.
    private static String nameFrom(String email) {
        String local = email.strip().toLowerCase(Locale.ROOT);
        int at = local.indexOf('@');
        return at > 0 ? local.substring(0, at) : local;
    }
}
