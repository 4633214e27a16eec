/** A restaurant's webhooks, for its managers: subscribing, removing, and the attempts at deliveries. */
package dev.chit.adapters.web.webhooks;
