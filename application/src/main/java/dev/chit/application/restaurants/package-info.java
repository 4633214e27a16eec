/** Restaurants: opening one, showing them with their settings, and the settings managers tune. */
package dev.chit.application.restaurants;
