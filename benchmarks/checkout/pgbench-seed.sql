-- The pgbench side of benchmarks/checkout-load.sh: restaurants 1..:restaurants, each with three
-- menu items, on a copy of Chit's schema. Ids are md5-derived so that pgbench-order.sql can name
-- them without a query.
INSERT INTO restaurants (id, name, currency, timezone, accepting_orders, default_prep_minutes,
    accept_timeout_minutes, tax_rate_basis_points, min_order, delivery_fee, service_fee_basis_points,
    auto_accept, busy_extra_minutes, auto_pause_after_missed)
SELECT md5('restaurant-' || r)::uuid, 'Pgbench ' || r, 'USD', 'America/New_York', TRUE, 15, 10, 887, 0, 0, 0,
    FALSE, 0, 3
FROM generate_series(1, :restaurants) AS r;

INSERT INTO menu_categories (id, restaurant_id, position, name)
SELECT md5('category-' || r)::uuid, md5('restaurant-' || r)::uuid, 0, 'Mains'
FROM generate_series(1, :restaurants) AS r;

INSERT INTO menu_items (id, restaurant_id, category_id, position, name, description, price, available)
SELECT md5('item-' || r || '-' || i)::uuid, md5('restaurant-' || r)::uuid, md5('category-' || r)::uuid, i - 1,
    (ARRAY['Burger', 'Fries', 'Lemonade'])[i], '', (ARRAY[1500, 450, 350])[i], TRUE
FROM generate_series(1, :restaurants) AS r, generate_series(1, 3) AS i;

CREATE SEQUENCE pgbench_order_numbers;

-- pgbench-checkout.sql numbers its orders as Chit does, from the restaurant's row: far above the
-- sequence's, on the same restaurants.
UPDATE restaurants SET last_order_number = 1000000000;
