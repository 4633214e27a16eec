/** The emails and webhook deliveries the queues gave up on, across both tables, for managers to see and retry. */
package dev.chit.adapters.persistence.undelivered;
