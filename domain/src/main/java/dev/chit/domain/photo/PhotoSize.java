package dev.chit.domain.photo;

/** The sizes a photo is served in: the longest side, in pixels, at most. */
public enum PhotoSize {
    /** The item dialog's photo. */
    LARGE(1200),
    /** The menu's thumbnail ({@code photoUrl?w=400}). */
    THUMBNAIL(400);

    private final int longestSide;

    PhotoSize(int longestSide) {
        this.longestSide = longestSide;
    }

    public int longestSide() {
        return longestSide;
    }
}
