package dev.chit.domain.port;

import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.PasswordHash;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;

import java.util.Optional;

/** The people who sign in to the portal. */
public interface Users {

    /** A user and the hash of their password, for signing in. */
    record Credentials(User user, PasswordHash passwordHash) {
    }

    void add(User user, PasswordHash passwordHash);

    Optional<User> find(UserId id);

    /** Looks up a user by email, ignoring case. */
    Optional<Credentials> findByEmail(String email);

    void addMembership(UserId userId, Membership membership);

    long count();
}
