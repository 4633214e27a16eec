/** Promo codes: their terms, whether one applies, and the discount it gives. */
package dev.chit.domain.promotion;
