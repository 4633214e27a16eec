package dev.chit.domain.error;

/** The request cannot be carried out against the current state of the resource. */
public abstract class Conflict extends DomainException {

    protected Conflict(String message) {
        super(message);
    }
}
