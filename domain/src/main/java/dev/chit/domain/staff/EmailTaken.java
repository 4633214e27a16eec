package dev.chit.domain.staff;

import dev.chit.domain.error.Conflict;

/**
 * A new user was to be made with an email that a user has already: most often one made at the
 * same moment, such as two restaurants hiring the same new person at once.
 */
public class EmailTaken extends Conflict {

    public EmailTaken(String email) {
        super("a user with the email " + email + " exists already");
    }
}
