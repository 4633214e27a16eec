package dev.chit.adapters.persistence.photos;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.photo.ItemPhoto;
import dev.chit.domain.photo.PhotoHash;
import dev.chit.domain.photo.PhotoSize;
import dev.chit.domain.photo.Picture;
import dev.chit.domain.photo.PixelSize;
import dev.chit.domain.port.Photos;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.dbclient.DbRow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalBytes;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/**
 * Photos in {@code photos}, keyed by content hash, and which item shows which in
 * {@code menu_item_photos}; see {@code V120__photos.sql}. A photo that no item shows any more
 * is deleted in the same transaction that let it go.
 */
public final class SqlPhotos implements Photos {

    // Two managers may upload the same bytes at once: the second insert finds the row and is done.
    private static final String INSERT_PHOTO = """
            INSERT INTO photos (hash, large_type, large_width, large_height, large,
                                thumb_type, thumb_width, thumb_height, thumb)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String PHOTO_OF_ITEM = """
            SELECT photo_hash FROM menu_item_photos WHERE menu_item_id = ? AND restaurant_id = ?""";
    private static final String UNLINK = "DELETE FROM menu_item_photos WHERE menu_item_id = ? AND restaurant_id = ?";
    private static final String LINK = """
            INSERT INTO menu_item_photos (menu_item_id, restaurant_id, photo_hash) VALUES (?, ?, ?)""";
    private static final String DELETE_IF_UNUSED = """
            DELETE FROM photos WHERE hash = ?
            AND NOT EXISTS (SELECT 1 FROM menu_item_photos WHERE photo_hash = ?)""";
    private static final String LARGE = """
            SELECT large_type AS media_type, large_width AS width, large_height AS height, large AS content
            FROM photos WHERE hash = ?""";
    private static final String THUMBNAIL = """
            SELECT thumb_type AS media_type, thumb_width AS width, thumb_height AS height, thumb AS content
            FROM photos WHERE hash = ?""";
    private static final String OF_RESTAURANT = """
            SELECT menu_item_id, photo_hash FROM menu_item_photos WHERE restaurant_id = ?""";

    private final Statements sql;

    public SqlPhotos(Statements sql) {
        this.sql = sql;
    }

    @Override
    public void attach(RestaurantId restaurantId, MenuItemId itemId, ItemPhoto photo) {
        var large = photo.renditions().large();
        var thumbnail = photo.renditions().thumbnail();
        sql.inTransaction(() -> {
            sql.update("photo-insert", INSERT_PHOTO, photo.hash().value(),
                    large.mediaType(), large.size().width(), large.size().height(), large.bytes(),
                    thumbnail.mediaType(), thumbnail.size().width(), thumbnail.size().height(), thumbnail.bytes());
            Optional<String> previous = unlink(restaurantId, itemId);
            sql.update("photo-link", LINK, itemId.value(), restaurantId.value(), photo.hash().value());
            previous.filter(hash -> !hash.equals(photo.hash().value())).ifPresent(this::deleteIfUnused);
        });
    }

    @Override
    public boolean detach(RestaurantId restaurantId, MenuItemId itemId) {
        return sql.inTransaction(() -> {
            Optional<String> previous = unlink(restaurantId, itemId);
            previous.ifPresent(this::deleteIfUnused);
            return previous.isPresent();
        });
    }

    private Optional<String> unlink(RestaurantId restaurantId, MenuItemId itemId) {
        Optional<String> previous = sql.get("photo-of-item", PHOTO_OF_ITEM, itemId.value(), restaurantId.value())
                .map(row -> text(row, "photo_hash").strip());
        if (previous.isPresent()) {
            sql.update("photo-unlink", UNLINK, itemId.value(), restaurantId.value());
        }
        return previous;
    }

    private void deleteIfUnused(String hash) {
        sql.update("photo-delete-unused", DELETE_IF_UNUSED, hash, hash);
    }

    @Override
    public Optional<Picture> find(PhotoHash hash, PhotoSize size) {
        String query = size == PhotoSize.LARGE ? LARGE : THUMBNAIL;
        return sql.get("photo-" + size.name().toLowerCase(java.util.Locale.ROOT), query, hash.value())
                .map(SqlPhotos::picture);
    }

    private static Picture picture(DbRow row) {
        return new Picture(text(row, "media_type"), new PixelSize(intValue(row, "width"), intValue(row, "height")),
                optionalBytes(row, "content").orElseThrow());
    }

    @Override
    public Map<MenuItemId, PhotoHash> ofRestaurant(RestaurantId restaurantId) {
        Map<MenuItemId, PhotoHash> photos = new HashMap<>();
        for (DbRow row : sql.query("photos-of-restaurant", OF_RESTAURANT, restaurantId.value())) {
            photos.put(new MenuItemId(uuid(row, "menu_item_id")), new PhotoHash(text(row, "photo_hash").strip()));
        }
        return photos;
    }
}
