-- A restaurant's menu version, raised by every menu replacement in its transaction. Checkout
-- reads it with the currency (one primary-key read) and uses its cached copy of the menu while
-- the number is unchanged, so a menu saved on any instance is seen by the next checkout on all.
ALTER TABLE restaurants ADD COLUMN menu_version BIGINT DEFAULT 0 NOT NULL;
