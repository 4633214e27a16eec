-- Tax rates per item and VAT-inclusive prices (docs/menu-and-pricing.md).
-- tax_rates: the restaurant's rates as "code:basisPoints" joined by ";", the standard rate first;
-- NULL for a restaurant that never named its rates: one rate, "standard", at tax_rate_basis_points.
ALTER TABLE restaurants ADD COLUMN tax_mode VARCHAR(10) DEFAULT 'EXCLUSIVE' NOT NULL
    CHECK (tax_mode IN ('EXCLUSIVE', 'INCLUSIVE'));
ALTER TABLE restaurants ADD COLUMN tax_rates VARCHAR(200);

-- The rate an item pays; NULL: the standard rate.
ALTER TABLE menu_items ADD COLUMN tax_code VARCHAR(20);

-- An order keeps its taxes as they were worked out ("code:basisPoints:taxable:amount" joined by
-- ";"), so a later change of the rates never alters it. Under VAT-inclusive prices the tax is
-- not part of the total: then tax = 0 (what was added on top, so the total still adds up as
-- the orders table checks) and included_tax holds it.
ALTER TABLE orders ADD COLUMN taxes VARCHAR(400);
ALTER TABLE orders ADD COLUMN included_tax BIGINT DEFAULT 0 NOT NULL CHECK (included_tax >= 0);
ALTER TABLE orders ADD COLUMN tax_included BOOLEAN DEFAULT FALSE NOT NULL;

-- Orders placed before: one rate added on top, the restaurant's rate of the day.
UPDATE orders SET taxes = 'standard:' || CAST((SELECT r.tax_rate_basis_points FROM restaurants r
        WHERE r.id = orders.restaurant_id) AS VARCHAR(10))
    || ':' || CAST(subtotal - discount + service_fee AS VARCHAR(20)) || ':' || CAST(tax AS VARCHAR(20));
