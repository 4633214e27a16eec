/**
 * Checkout: the guest's cart, and the {@link dev.chit.domain.checkout.PriceList} that prices it
 * into a {@link dev.chit.domain.checkout.Quote} from the menu and the restaurant's settings.
 */
package dev.chit.domain.checkout;
