-- The kitchen's stations (API.md, "Kitchen: stations, screens and printers"). The items and
-- categories a station names are not foreign keys: a menu replacement may remove an item, and
-- a station naming it then simply never matches it.

CREATE TABLE stations (
    id            UUID        NOT NULL PRIMARY KEY,
    restaurant_id UUID        NOT NULL REFERENCES restaurants (id),
    position      INTEGER     NOT NULL CHECK (position >= 0),
    name          VARCHAR(60) NOT NULL,
    is_default    BOOLEAN     NOT NULL,
    expo          BOOLEAN     NOT NULL
);

CREATE INDEX stations_by_restaurant ON stations (restaurant_id, position);

CREATE TABLE station_categories (
    station_id    UUID         NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    category_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (station_id, category_name)
);

CREATE TABLE station_items (
    station_id   UUID NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    menu_item_id UUID NOT NULL,
    PRIMARY KEY (station_id, menu_item_id)
);

-- Each line's stations, fixed when the order is placed (ids joined by ','; empty for none),
-- and when the kitchen bumped it.
ALTER TABLE order_lines ADD COLUMN station_ids VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE order_lines ADD COLUMN done_at TIMESTAMP WITH TIME ZONE;
