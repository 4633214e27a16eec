package dev.chit.domain.photo;

import java.util.Objects;

/** An upload decoded and encoded again in both sizes, without any of the original's metadata. */
public record Renditions(Picture large, Picture thumbnail) {

    public Renditions {
        Objects.requireNonNull(large, "large");
        Objects.requireNonNull(thumbnail, "thumbnail");
    }

    public Picture in(PhotoSize size) {
        return size == PhotoSize.LARGE ? large : thumbnail;
    }
}
