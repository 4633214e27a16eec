/** Checkout: quoting a cart and placing an order. */
package dev.chit.application.checkout;
