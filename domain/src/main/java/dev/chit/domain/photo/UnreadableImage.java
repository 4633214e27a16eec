package dev.chit.domain.photo;

import dev.chit.domain.error.DomainException;

/** The upload is not an image of a kind Chit takes, or not of the kind it was declared as. */
public final class UnreadableImage extends DomainException {

    public UnreadableImage(String message) {
        super(message);
    }
}
