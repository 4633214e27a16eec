-- Portions left of an item (NULL: not counted; checkouts take from it with a conditional update)
-- and when an item sold out for a while comes back by itself (NULL: not sold out for a time).
ALTER TABLE menu_items ADD COLUMN stock INTEGER;
ALTER TABLE menu_items ADD COLUMN available_again_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE menu_items ADD CONSTRAINT menu_items_stock_not_negative CHECK (stock >= 0);
-- The job that brings items back looks for those whose time has come.
CREATE INDEX menu_items_available_again_at ON menu_items (available_again_at);
