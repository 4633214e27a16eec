/** Quotes: a cart priced by the server. Also the cart's JSON, which checkout shares. */
package dev.chit.adapters.web.checkout;
