package dev.chit.domain.report;

/** Another instance (or an earlier run) made this period's report first: this one is dropped. */
public final class ReportAlreadyMade extends RuntimeException {

    public ReportAlreadyMade(ReportKind kind, SummaryPeriod period) {
        super("the " + kind + " report of " + period.from() + " is made already");
    }
}
