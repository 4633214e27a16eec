/**
 * Paper: guests' receipts and kitchen tickets as printable HTML pages and as PDF (OpenPDF),
 * behind the application's {@link dev.chit.application.receipts.Printer} port.
 */
package dev.chit.adapters.export;
