/**
 * Card network clients behind {@link dev.chit.domain.port.PaymentGateway}: first a sandbox
 * gateway that behaves like a real one (authorize, capture, void, refund, its own idempotency
 * keys). Empty until the order API issue wires payment in.
 */
package dev.chit.adapters.payment;
