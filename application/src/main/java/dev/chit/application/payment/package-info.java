/**
 * Payments at the card network: the authorization of a checkout, the capture, void or refund an
 * order's move asks for, and the settling of calls whose answer was lost. Every call is recorded
 * before it is made and after it answered ({@link dev.chit.domain.port.PaymentOperations}), and
 * carries a key derived from the order, so a call repeated after a crash happens once.
 */
package dev.chit.application.payment;
