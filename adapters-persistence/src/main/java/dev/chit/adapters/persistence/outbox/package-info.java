/** The outbox table: the guest's emails, enqueued with their change and claimed by senders. */
package dev.chit.adapters.persistence.outbox;
