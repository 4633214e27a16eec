/** Promo codes: managed by the restaurant's managers, applied in quotes and checkouts. */
package dev.chit.application.promotions;
