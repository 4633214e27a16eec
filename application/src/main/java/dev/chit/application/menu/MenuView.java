package dev.chit.application.menu;

import dev.chit.domain.menu.Menu;
import dev.chit.domain.restaurant.Restaurant;

/** A restaurant's menu as guests see it, with whether the restaurant is open right now. */
public record MenuView(Restaurant restaurant, Menu menu, boolean openNow) {
}
