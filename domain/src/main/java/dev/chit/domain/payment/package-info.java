/**
 * The order's money at the card network: how a guest pays ({@link dev.chit.domain.payment.PaymentMethod}),
 * and each call Chit makes to the network, recorded before it is made and after it answered
 * ({@link dev.chit.domain.payment.PaymentOperation}), so that a crash between the network and the
 * database can be found and finished.
 */
package dev.chit.domain.payment;
