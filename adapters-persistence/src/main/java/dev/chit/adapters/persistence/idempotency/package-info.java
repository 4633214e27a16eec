/** Idempotency keys and the responses kept for replays. */
package dev.chit.adapters.persistence.idempotency;
