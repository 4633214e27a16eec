package dev.chit.domain.port;

import dev.chit.domain.photo.ImageFormat;
import dev.chit.domain.photo.PixelSize;
import dev.chit.domain.photo.Renditions;
import dev.chit.domain.photo.UnreadableImage;

/** Reads uploaded images and encodes them again in the sizes Chit serves. */
public interface PhotoCodec {

    /**
     * The image's size as its header declares it, without decoding its pixels.
     *
     * @throws UnreadableImage when the bytes are not an image of {@code format}
     */
    PixelSize measure(ImageFormat format, byte[] bytes);

    /**
     * Decodes the image and encodes it again at most {@link dev.chit.domain.photo.PhotoSize#LARGE} and
     * {@link dev.chit.domain.photo.PhotoSize#THUMBNAIL} pixels on its longest side, keeping no metadata.
     *
     * @throws UnreadableImage when the bytes cannot be decoded as {@code format}
     */
    Renditions render(ImageFormat format, byte[] bytes);
}
