/** Restaurants with their settings, for admins, managers and staff. */
package dev.chit.adapters.web.restaurants;
