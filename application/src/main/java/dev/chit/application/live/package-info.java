/**
 * Live updates: the order events pushed to the kitchen's boards and the guest's tracking page,
 * on every server instance, without losing, repeating or reordering any. The
 * {@link dev.chit.application.live.LiveRelay} reads committed events from the log when a signal
 * says there are new ones and hands them to the connected clients; {@link
 * dev.chit.application.live.FollowBoard} and {@link dev.chit.application.live.FollowOrder} say
 * who may follow what and bring a (re)connecting client up to date.
 */
package dev.chit.application.live;
