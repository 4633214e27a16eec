/** The record of the calls made to the card network, in {@code payment_operations}. */
package dev.chit.adapters.persistence.payments;
