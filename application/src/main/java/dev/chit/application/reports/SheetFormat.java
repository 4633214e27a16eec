package dev.chit.application.reports;

/** The export formats written outside the API's JSON: CSV with a row per line or per order, and PDF. */
public enum SheetFormat {
    CSV_LINES,
    CSV_ORDERS,
    PDF
}
