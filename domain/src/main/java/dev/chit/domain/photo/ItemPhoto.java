package dev.chit.domain.photo;

import java.util.Objects;

/** A photo ready to be stored: its hash and both renditions. */
public record ItemPhoto(PhotoHash hash, Renditions renditions) {

    public ItemPhoto {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(renditions, "renditions");
    }
}
