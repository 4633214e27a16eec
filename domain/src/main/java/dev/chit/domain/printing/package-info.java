/**
 * Kitchen printers: the printers of a restaurant, their state as last seen, the print jobs
 * (one per order, station, printer and kind, durable and printed once) and what a ticket says
 * on paper, before any printer's encoding.
 */
package dev.chit.domain.printing;
