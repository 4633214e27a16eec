/** The routes of a restaurant's promo codes. */
package dev.chit.adapters.web.promotions;
