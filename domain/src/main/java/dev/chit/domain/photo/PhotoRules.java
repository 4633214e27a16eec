package dev.chit.domain.photo;

import dev.chit.domain.error.InvalidInput;

/** What an upload may be, checked before anything is decoded. */
public final class PhotoRules {

    /** The largest upload taken: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /**
     * The most pixels an upload may declare: 40 megapixels. Decoding takes four bytes a pixel,
     * so a small file declaring a huge image (a decompression bomb) is refused by its header.
     */
    public static final long MAX_PIXELS = 40_000_000L;

    private PhotoRules() {
    }

    /** @throws InvalidInput naming {@code photo} when the image has more pixels than {@link #MAX_PIXELS} */
    public static void requireDecodable(PixelSize size) {
        if (size.pixels() > MAX_PIXELS) {
            throw new InvalidInput("photo", "too-many-pixels", "the photo is " + size.width() + "x" + size.height()
                    + " pixels; at most " + MAX_PIXELS / 1_000_000 + " megapixels are taken");
        }
    }
}
