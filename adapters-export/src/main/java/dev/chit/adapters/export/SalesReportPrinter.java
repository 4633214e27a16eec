package dev.chit.adapters.export;

import dev.chit.application.reports.ExportRange;
import dev.chit.application.reports.OrderSheet;
import dev.chit.domain.report.ReportFormat;
import dev.chit.application.reports.ReportPrinter;
import dev.chit.application.reports.SheetFormat;
import dev.chit.domain.report.SalesSummary;

import java.io.OutputStream;

/** Exports as CSV (commons-csv) and PDF (OpenPDF), summaries as CSV and PDF. */
public final class SalesReportPrinter implements ReportPrinter {

    @Override
    public OrderSheet sheet(SheetFormat format, ExportRange range, OutputStream out) {
        return switch (format) {
            case CSV_LINES -> new CsvOrderSheet(range, out, true, ExportColumns.V1);
            case CSV_ORDERS -> new CsvOrderSheet(range, out, false, ExportColumns.V1);
            case CSV_LINES_V2 -> new CsvOrderSheet(range, out, true, ExportColumns.V2);
            case CSV_ORDERS_V2 -> new CsvOrderSheet(range, out, false, ExportColumns.V2);
            case PDF -> new PdfOrderSheet(range, out);
        };
    }

    @Override
    public byte[] summary(SalesSummary summary, ReportFormat format) {
        return switch (format) {
            case CSV -> SummaryCsv.render(summary);
            case PDF -> SummaryPdf.render(summary);
        };
    }
}
