package dev.chit.domain.checkout;

import dev.chit.domain.error.DomainException;

/** The restaurant is switched off, paused, or outside its opening hours for the wanted time. */
public class RestaurantClosed extends DomainException {

    public RestaurantClosed(String why) {
        super(why);
    }
}
