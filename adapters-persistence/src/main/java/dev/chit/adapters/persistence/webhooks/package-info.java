/** The webhooks, their deliveries (enqueued with their change, claimed by senders) and attempts. */
package dev.chit.adapters.persistence.webhooks;
