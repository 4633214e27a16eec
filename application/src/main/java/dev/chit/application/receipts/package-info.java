/**
 * Paper for the order: the guest's receipt and the kitchen's ticket, as view models built from
 * the order and its restaurant, and the {@link dev.chit.application.receipts.Printer} port that
 * lays them out as HTML or PDF.
 */
package dev.chit.application.receipts;
