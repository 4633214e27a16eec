package dev.chit.domain.photo;

import java.util.Objects;

/** One encoded image, as it is served: its media type, pixel size and bytes. */
public record Picture(String mediaType, PixelSize size, byte[] bytes) {

    public Picture {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(bytes, "bytes");
    }
}
