-- One order as Chit's checkout stores it, straight into PostgreSQL: one transaction with the order
-- row, its three line rows and the history row that placed it (pgbench -D restaurants=N; the
-- restaurants come from pgbench-seed.sql). Numbers come from a sequence, unique per restaurant.
\set r random(1, :restaurants)
BEGIN;
INSERT INTO orders (id, restaurant_id, number, currency, placed_at, status, payment_status, fulfillment_type,
    customer_name, customer_email, subtotal, tax, delivery_fee, service_fee, tip, discount, total, refunded,
    estimated_ready_at, access_token_hash, version)
VALUES (gen_random_uuid(), md5('restaurant-' || :r)::uuid, nextval('pgbench_order_numbers'), 'USD', now(),
    'PLACED', 'AUTHORIZED', 'PICKUP', 'Load Guest', 'guest@example.com', 2300, 204, 0, 0, 0, 0, 2504, 0,
    now() + interval '15 minutes', md5(random()::text) || md5(random()::text), 0)
RETURNING id AS order_id \gset
INSERT INTO order_lines (id, order_id, position, menu_item_id, name, quantity, unit_price, line_total)
VALUES (gen_random_uuid(), :order_id, 0, md5('item-' || :r || '-1')::uuid, 'Burger', 1, 1500, 1500);
INSERT INTO order_lines (id, order_id, position, menu_item_id, name, quantity, unit_price, line_total)
VALUES (gen_random_uuid(), :order_id, 1, md5('item-' || :r || '-2')::uuid, 'Fries', 1, 450, 450);
INSERT INTO order_lines (id, order_id, position, menu_item_id, name, quantity, unit_price, line_total)
VALUES (gen_random_uuid(), :order_id, 2, md5('item-' || :r || '-3')::uuid, 'Lemonade', 1, 350, 350);
INSERT INTO order_status_history (order_id, position, from_status, to_status, moved_at, actor_type,
    actor_is_manager)
VALUES (:order_id, 0, NULL, 'PLACED', now(), 'CUSTOMER', FALSE);
COMMIT;
