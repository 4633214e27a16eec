package dev.chit.domain.report;

import java.util.Arrays;
import java.util.Optional;

/** How a summary is laid out for people: a spreadsheet's CSV or a printable PDF. */
public enum ReportFormat {
    CSV("csv", "text/csv; charset=utf-8"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ReportFormat> of(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }
}
