package dev.chit.domain.photo;

/** Width and height of an image in pixels, as its header declares them. */
public record PixelSize(int width, int height) {

    public PixelSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image is at least 1x1 pixels, not " + width + "x" + height);
        }
    }

    public long pixels() {
        return (long) width * height;
    }
}
