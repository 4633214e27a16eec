package dev.chit.application.reports;

/**
 * The export formats written outside the API's JSON: CSV with a row per line or per order, in
 * the columns of version 1 (kept stable) or 2 (v1's, then what came later: refunds by line,
 * stations, taxes by rate), and PDF.
 */
public enum SheetFormat {
    CSV_LINES,
    CSV_ORDERS,
    CSV_LINES_V2,
    CSV_ORDERS_V2,
    PDF
}
