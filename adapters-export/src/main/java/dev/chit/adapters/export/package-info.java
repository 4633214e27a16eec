/**
 * Export and reports: orders as CSV (commons-csv), JSON and NDJSON, and PDF reports and
 * receipts (OpenPDF), streamed in constant memory. Empty until the export issue lands.
 */
package dev.chit.adapters.export;
