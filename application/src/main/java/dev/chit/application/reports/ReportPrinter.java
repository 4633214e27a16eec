package dev.chit.application.reports;

import dev.chit.domain.report.ReportFormat;
import dev.chit.domain.report.SalesSummary;

import java.io.OutputStream;

/** Lays exports and summaries out as CSV and PDF (the export adapter). */
public interface ReportPrinter {

    /** A sheet writing to {@code out} as orders are added; the caller closes {@code out}. */
    OrderSheet sheet(SheetFormat format, ExportRange range, OutputStream out);

    byte[] summary(SalesSummary summary, ReportFormat format);
}
