package dev.chit.application.access;

import dev.chit.domain.error.DomainException;

/** The caller is known and may see the thing, but may not do this to it (403). */
public class NotPermitted extends DomainException {

    public NotPermitted(String message) {
        super(message);
    }
}
