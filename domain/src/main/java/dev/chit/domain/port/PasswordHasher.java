package dev.chit.domain.port;

import dev.chit.domain.staff.PasswordHash;

/**
 * Hashes staff passwords with a slow, salted, memory-hard function and checks them. The
 * plain password never leaves the call.
 */
public interface PasswordHasher {

    PasswordHash hash(String password);

    boolean matches(String password, PasswordHash hash);
}
