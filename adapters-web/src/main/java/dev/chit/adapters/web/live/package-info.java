/**
 * The live updates over WebSocket (API.md, "Live updates"): the kitchen's board at
 * {@code /ws/restaurants/{restaurantId}/orders} and the guest's tracking at
 * {@code /ws/orders/{orderId}}. Each socket has its own bounded queue and writer, so a slow
 * client never slows the others or the change that caused the event.
 */
package dev.chit.adapters.web.live;
