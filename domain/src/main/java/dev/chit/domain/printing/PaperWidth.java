package dev.chit.domain.printing;

import java.util.Arrays;
import java.util.Optional;

/** How many characters of the printer's normal font fit on a line: 80 mm paper takes 42 or 48, 58 mm takes 32. */
public enum PaperWidth {
    COLUMNS_32(32),
    COLUMNS_42(42),
    COLUMNS_48(48);

    private final int columns;

    PaperWidth(int columns) {
        this.columns = columns;
    }

    public int columns() {
        return columns;
    }

    public static Optional<PaperWidth> of(int columns) {
        return Arrays.stream(values()).filter(width -> width.columns == columns).findFirst();
    }
}
