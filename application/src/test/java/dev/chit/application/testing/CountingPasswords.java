package dev.chit.application.testing;

import dev.chit.domain.port.PasswordHasher;
import dev.chit.domain.staff.PasswordHash;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast stand-in for the Argon2id hasher that counts how often a password is checked: the
 * test of "an unknown email costs the same as a wrong password" is that both check one hash.
 */
public final class CountingPasswords implements PasswordHasher {

    private final AtomicInteger checks = new AtomicInteger();

    @Override
    public PasswordHash hash(String password) {
        return new PasswordHash("test$" + new StringBuilder(password).reverse());
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        checks.incrementAndGet();
        return hash.equals(hash(password));
    }

    public int checks() {
        return checks.get();
    }
}
