package dev.chit.application.access;

import dev.chit.domain.error.DomainException;

/** The request carries no valid credentials, and the thing it asks for needs them (401). */
public class NotAuthenticated extends DomainException {

    public NotAuthenticated() {
        super("sign in first: send a bearer token or the session cookie");
    }
}
