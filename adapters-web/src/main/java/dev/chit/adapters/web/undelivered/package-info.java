/** The emails and webhook deliveries a restaurant's queues gave up on, for its managers to send again. */
package dev.chit.adapters.web.undelivered;
