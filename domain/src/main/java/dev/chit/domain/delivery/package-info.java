/**
 * What every message Chit sends after a commit has in common (guest emails, managers' alerts,
 * reports, webhook deliveries): it waits in a queue, is claimed for a lease, tried, and settled
 * as delivered, due again, or dead.
 */
package dev.chit.domain.delivery;
