/**
 * Reports: a restaurant's sales over a period ({@link dev.chit.domain.report.SalesSummary}),
 * which orders count for them ({@link dev.chit.domain.report.SalesRule}), and the reports the
 * schedule makes each period.
 */
package dev.chit.domain.report;
