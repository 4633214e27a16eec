/** Promo codes and their redemptions. */
package dev.chit.adapters.persistence.promotions;
