-- Menus. Rows of items, modifier groups and options that past orders refer to are never
-- deleted when the menu is replaced: they are marked retired (and unavailable), hidden from
-- the menu, and kept so that the foreign keys from order lines hold. Orders carry their own
-- snapshot of names and prices, so a retired row is only an anchor, never shown again.

CREATE TABLE menu_categories (
    id            UUID         NOT NULL PRIMARY KEY,
    restaurant_id UUID         NOT NULL REFERENCES restaurants (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL CHECK (position >= 0),
    name          VARCHAR(200) NOT NULL
);

CREATE INDEX menu_categories_by_restaurant ON menu_categories (restaurant_id, position);

CREATE TABLE menu_items (
    id            UUID          NOT NULL PRIMARY KEY,
    restaurant_id UUID          NOT NULL REFERENCES restaurants (id),
    -- NULL only for retired items: their category went with the menu they were on.
    category_id   UUID          REFERENCES menu_categories (id) ON DELETE SET NULL,
    position      INTEGER       NOT NULL CHECK (position >= 0),
    name          VARCHAR(200)  NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    price         BIGINT        NOT NULL CHECK (price >= 0),
    available     BOOLEAN       NOT NULL,
    retired       BOOLEAN       NOT NULL DEFAULT FALSE
);

CREATE INDEX menu_items_by_restaurant ON menu_items (restaurant_id, position);
CREATE INDEX menu_items_by_category ON menu_items (category_id);

CREATE TABLE modifier_groups (
    id            UUID         NOT NULL PRIMARY KEY,
    restaurant_id UUID         NOT NULL REFERENCES restaurants (id),
    item_id       UUID         NOT NULL REFERENCES menu_items (id),
    position      INTEGER      NOT NULL CHECK (position >= 0),
    name          VARCHAR(200) NOT NULL,
    min_select    INTEGER      NOT NULL CHECK (min_select >= 0),
    max_select    INTEGER      NOT NULL CHECK (max_select >= 1),
    retired       BOOLEAN      NOT NULL DEFAULT FALSE,
    CHECK (min_select <= max_select)
);

CREATE INDEX modifier_groups_by_restaurant ON modifier_groups (restaurant_id, position);
CREATE INDEX modifier_groups_by_item ON modifier_groups (item_id);

CREATE TABLE modifier_options (
    id            UUID         NOT NULL PRIMARY KEY,
    restaurant_id UUID         NOT NULL REFERENCES restaurants (id),
    group_id      UUID         NOT NULL REFERENCES modifier_groups (id),
    position      INTEGER      NOT NULL CHECK (position >= 0),
    name          VARCHAR(200) NOT NULL,
    -- May be negative ("no cheese", -50).
    price_delta   BIGINT       NOT NULL,
    retired       BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE INDEX modifier_options_by_restaurant ON modifier_options (restaurant_id, position);
CREATE INDEX modifier_options_by_group ON modifier_options (group_id);
