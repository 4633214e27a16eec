/** Restaurants with their settings, and the per-restaurant counters kept on their rows. */
package dev.chit.adapters.persistence.restaurants;
