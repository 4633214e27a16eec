package dev.chit.domain.photo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of image a manager may upload, by the media type they are sent as. */
public enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a {@code Content-Type} names (parameters such as a charset are ignored). */
    public static Optional<ImageFormat> ofMediaType(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(type)).findFirst();
    }
}
