package dev.chit.domain.port;

import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.station.KitchenStations;

/** Each restaurant's kitchen stations. */
public interface Stations {

    /** A Chit without stations (tests and tools that place orders without a kitchen set up). */
    Stations NONE = new Stations() {
        @Override
        public KitchenStations of(RestaurantId restaurantId) {
            return KitchenStations.none(restaurantId);
        }

        @Override
        public void replace(KitchenStations stations) {
            throw new UnsupportedOperationException("this Chit keeps no stations");
        }
    };

    /** The restaurant's stations; none when it has set none up. */
    KitchenStations of(RestaurantId restaurantId);

    /**
     * Replaces the restaurant's stations with {@code stations}: those it lists are kept (by id)
     * or added, the others removed. Orders already placed keep the station ids their lines have.
     */
    void replace(KitchenStations stations);
}
