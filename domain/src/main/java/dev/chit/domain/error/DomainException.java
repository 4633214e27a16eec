package dev.chit.domain.error;

/**
 * Base of every rejection the domain expects to make (an illegal move, an invalid cart, a
 * missing order). The web adapter maps each subtype to one problem type, once; anything that
 * is not a {@code DomainException} is a real fault.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
