package dev.chit.application.receipts;

/** The layouts a {@link Printer} makes: a printable web page, or a PDF. */
public enum PrintFormat {
    HTML,
    PDF
}
