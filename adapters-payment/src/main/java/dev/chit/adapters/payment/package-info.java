/**
 * Card network clients behind {@link dev.chit.domain.port.PaymentGateway}. For now the
 * {@link dev.chit.adapters.payment.SandboxGateway}: an in-memory network that behaves like a real
 * one (authorizations, captures, voids, partial refunds, its own idempotency keys, latency) and
 * can be told to fail, for development, demos and tests.
 */
package dev.chit.adapters.payment;
