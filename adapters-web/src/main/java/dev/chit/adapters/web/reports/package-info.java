/** Exports, sales summaries and scheduled reports over HTTP (managers and admins). */
package dev.chit.adapters.web.reports;
