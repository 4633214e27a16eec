-- Menu items' photos. Stored in the database, not on a file system, so that every instance
-- serves every photo. A photo is named by the SHA-256 of its large rendition; an item shows
-- at most one, and items may share one (the same bytes uploaded twice are stored once).

CREATE TABLE photos (
    hash          CHAR(64)    NOT NULL PRIMARY KEY,
    large_type    VARCHAR(20) NOT NULL,
    large_width   INTEGER     NOT NULL CHECK (large_width BETWEEN 1 AND 1200),
    large_height  INTEGER     NOT NULL CHECK (large_height BETWEEN 1 AND 1200),
    large         BYTEA       NOT NULL,
    thumb_type    VARCHAR(20) NOT NULL,
    thumb_width   INTEGER     NOT NULL CHECK (thumb_width BETWEEN 1 AND 400),
    thumb_height  INTEGER     NOT NULL CHECK (thumb_height BETWEEN 1 AND 400),
    thumb         BYTEA       NOT NULL
);

CREATE TABLE menu_item_photos (
    menu_item_id  UUID     NOT NULL PRIMARY KEY REFERENCES menu_items (id) ON DELETE CASCADE,
    restaurant_id UUID     NOT NULL REFERENCES restaurants (id),
    photo_hash    CHAR(64) NOT NULL REFERENCES photos (hash)
);

CREATE INDEX menu_item_photos_by_restaurant ON menu_item_photos (restaurant_id);
CREATE INDEX menu_item_photos_by_photo ON menu_item_photos (photo_hash);
