package dev.chit.adapters.web.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.chit.domain.port.PasswordHasher;
import dev.chit.domain.staff.PasswordHash;

/**
 * Staff passwords as Argon2id hashes (password4j), in the PHC string format so the
 * parameters travel with each hash and can be raised later without breaking old ones.
 * Parameters follow OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane.
 */
public final class Argon2Passwords implements PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    @Override
    public PasswordHash hash(String password) {
        return new PasswordHash(Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult());
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        try {
            return Password.check(password, hash.encoded()).with(Argon2Function.getInstanceFromHash(hash.encoded()));
        } catch (RuntimeException malformed) {
            // A hash this code did not write (or a corrupt row) never matches.
            return false;
        }
    }
}
