/**
 * Exports and reports for managers: every order of a range streamed out of one snapshot
 * ({@link dev.chit.application.reports.ExportOrders}), the sales summary the database adds up
 * ({@link dev.chit.application.reports.ShowSalesSummary}), and the reports the schedule makes
 * and emails each period.
 */
package dev.chit.application.reports;
