package dev.chit.application.photos;

import dev.chit.domain.error.NotFound;
import dev.chit.domain.photo.PhotoHash;
import dev.chit.domain.photo.PhotoSize;
import dev.chit.domain.photo.Picture;
import dev.chit.domain.port.Photos;

/** Anyone may see a photo that a menu shows: its URL is on the public menu. */
public final class ShowPhoto {

    private final Photos photos;

    public ShowPhoto(Photos photos) {
        this.photos = photos;
    }

    /** @throws NotFound when no item shows a photo by this hash */
    public Picture of(PhotoHash hash, PhotoSize size) {
        return photos.find(hash, size).orElseThrow(() -> new NotFound("photo", hash));
    }
}
