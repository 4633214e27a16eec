package dev.chit.application.photos;

import dev.chit.application.access.Caller;
import dev.chit.application.support.Sha256;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.photo.ImageFormat;
import dev.chit.domain.photo.ItemPhoto;
import dev.chit.domain.photo.PhotoHash;
import dev.chit.domain.photo.PhotoRules;
import dev.chit.domain.photo.Renditions;
import dev.chit.domain.photo.UnreadableImage;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.PhotoCodec;
import dev.chit.domain.port.Photos;
import dev.chit.domain.restaurant.RestaurantId;

/**
 * A manager gives a menu item a photo, or takes it away. The upload is measured by its header
 * first, so a decompression bomb is refused before a pixel is decoded, then decoded and
 * encoded again (which leaves its metadata, GPS and all, behind). Nothing is stored unless
 * every step succeeds.
 */
public final class ItemPhotos {

    private final Menus menus;
    private final Photos photos;
    private final PhotoCodec codec;

    public ItemPhotos(Menus menus, Photos photos, PhotoCodec codec) {
        this.menus = menus;
        this.photos = photos;
        this.codec = codec;
    }

    /**
     * @param contentType the media type the upload was declared as
     * @return the hash the photo is served under
     * @throws dev.chit.application.access.NotPermitted unless the caller manages the restaurant
     * @throws NotFound        when the item is not on the restaurant's menu
     * @throws UnreadableImage when the upload is not an image of the declared type
     * @throws dev.chit.domain.error.InvalidInput when it has more pixels than {@link PhotoRules#MAX_PIXELS}
     */
    public PhotoHash upload(Caller caller, RestaurantId restaurantId, MenuItemId itemId, String contentType,
                            byte[] bytes) {
        requireItem(caller, restaurantId, itemId);
        ImageFormat format = ImageFormat.ofMediaType(contentType).orElseThrow(() -> new UnreadableImage(
                "send the photo as image/jpeg, image/png or image/webp, not " + contentType));
        PhotoRules.requireDecodable(codec.measure(format, bytes));
        Renditions renditions = codec.render(format, bytes);
        PhotoHash hash = new PhotoHash(Sha256.hex(renditions.large().bytes()));
        photos.attach(restaurantId, itemId, new ItemPhoto(hash, renditions));
        return hash;
    }

    /**
     * @throws NotFound when the item is not on the menu, or has no photo
     */
    public void remove(Caller caller, RestaurantId restaurantId, MenuItemId itemId) {
        requireItem(caller, restaurantId, itemId);
        if (!photos.detach(restaurantId, itemId)) {
            throw new NotFound("photo", itemId);
        }
    }

    /** Access before anything about the item, so another restaurant's items stay invisible. */
    private void requireItem(Caller caller, RestaurantId restaurantId, MenuItemId itemId) {
        caller.requireManagerOf(restaurantId);
        menus.find(restaurantId).flatMap(menu -> menu.item(itemId))
                .orElseThrow(() -> new NotFound("menu item", itemId));
    }
}
