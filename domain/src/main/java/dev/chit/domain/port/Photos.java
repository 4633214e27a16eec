package dev.chit.domain.port;

import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.photo.ItemPhoto;
import dev.chit.domain.photo.PhotoHash;
import dev.chit.domain.photo.PhotoSize;
import dev.chit.domain.photo.Picture;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Map;
import java.util.Optional;

/**
 * Menu items' photos, stored by content hash in the database so that every instance serves
 * them. A photo no item shows any more is deleted.
 */
public interface Photos {

    /** Gives the item this photo, in place of any it had. */
    void attach(RestaurantId restaurantId, MenuItemId itemId, ItemPhoto photo);

    /** Takes the item's photo away; false when it had none. */
    boolean detach(RestaurantId restaurantId, MenuItemId itemId);

    /** The photo in one size; empty when no item shows it. */
    Optional<Picture> find(PhotoHash hash, PhotoSize size);

    /** The photo of each item of the restaurant that has one. */
    Map<MenuItemId, PhotoHash> ofRestaurant(RestaurantId restaurantId);
}
