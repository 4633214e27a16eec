/** Restaurants, their opening hours and the settings managers tune. */
package dev.chit.domain.restaurant;
