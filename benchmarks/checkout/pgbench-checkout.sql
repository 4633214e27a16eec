-- Chit's checkout as PostgreSQL sees it, statement for statement (benchmarks/checkout/statement-log.sh
-- prints them), straight from pgbench: what the server's guarantees cost the database with no HTTP,
-- JSON or Java in front. Beside pgbench-order.sql's five rows in one transaction it has the idempotency
-- key claimed and completed with the response, the pending authorization recorded (both committed
-- before the card is charged) and settled, the restaurant, its menu's version and the kitchen's load
-- read to price, the number and the event's seq taken under the restaurant's lock, the webhooks
-- looked up, the event stored and announced. Same restaurants and menus (pgbench-seed.sql).
-- (chr(58) is ':', which pgbench would take for a variable's mark inside a literal.)
\set r random(1, :restaurants)
INSERT INTO idempotency_keys (scope, idempotency_key, fingerprint, response_status, created_at)
VALUES ('orders', md5(random()::text), md5(random()::text) || md5(random()::text), 0, now())
ON CONFLICT DO NOTHING
RETURNING idempotency_key AS key \gset
SELECT id, name, address, currency, timezone, accepting_orders, default_prep_minutes,
    accept_timeout_minutes, opening_hours, tax_rate_basis_points, min_order, delivery_fee,
    service_fee_basis_points, auto_accept, paused_until, busy_extra_minutes, busy_until,
    capacity_per_slot, auto_pause_after_missed, due_soon_minutes, late_after_minutes
FROM restaurants WHERE id = md5('restaurant-' || :r)::uuid;
SELECT currency, menu_version FROM restaurants WHERE id = md5('restaurant-' || :r)::uuid;
SELECT accepted_at, scheduled_for, estimated_ready_at FROM orders
 WHERE restaurant_id = md5('restaurant-' || :r)::uuid AND status = 'ACCEPTED'
UNION ALL
SELECT accepted_at, scheduled_for, estimated_ready_at FROM orders
 WHERE restaurant_id = md5('restaurant-' || :r)::uuid AND status = 'PREPARING'
UNION ALL
SELECT accepted_at, scheduled_for, estimated_ready_at FROM orders
 WHERE restaurant_id = md5('restaurant-' || :r)::uuid AND status = 'PLACED' AND scheduled_for IS NOT NULL;
INSERT INTO payment_operations (id, order_id, kind, amount, currency, gateway_key, state, authorization_id, reason,
    error, attempts, created_at, settled_at)
SELECT o.op, o.ord, 'AUTHORIZE', 2504, 'USD', 'order' || chr(58) || o.ord || chr(58) || 'authorize', 'PENDING', NULL, NULL, NULL, 0,
    now(), NULL
FROM (SELECT gen_random_uuid() AS op, gen_random_uuid() AS ord) AS o
RETURNING id AS op_id, order_id \gset
BEGIN;
UPDATE restaurants SET last_order_number = last_order_number + 1, last_event_seq = last_event_seq + 1
WHERE id = md5('restaurant-' || :r)::uuid RETURNING last_order_number AS number, last_event_seq AS seq \gset
SELECT id, restaurant_id, url, events, secret, created_at FROM webhooks
WHERE restaurant_id = md5('restaurant-' || :r)::uuid ORDER BY created_at, id;
WITH w0 AS (UPDATE payment_operations SET state = 'SUCCEEDED', authorization_id = 'auth_' || md5(random()::text),
        error = COALESCE(NULL, error), settled_at = now()
    WHERE id = :op_id AND state = 'PENDING' RETURNING 1),
w1 AS (INSERT INTO orders (id, restaurant_id, number, currency, placed_at, status, payment_status,
        fulfillment_type, delivery_line1, delivery_line2, delivery_city, delivery_region,
        delivery_postal_code, delivery_country, delivery_instructions, dine_in_table, scheduled_for,
        customer_name, customer_email, customer_phone, subtotal, tax, delivery_fee, service_fee, tip,
        discount, total, refunded, notes, accepted_at, estimated_ready_at, ready_at, completed_at,
        access_token_hash, version)
    VALUES (:order_id, md5('restaurant-' || :r)::uuid, :number, 'USD', now(), 'PLACED', 'AUTHORIZED', 'PICKUP',
        NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'Load Guest', 'guest@example.com', NULL,
        2300, 204, 0, 0, 0, 0, 2504, 0, NULL, NULL, now() + interval '15 minutes', NULL, NULL,
        md5(random()::text) || md5(random()::text), 0) RETURNING 1),
w2 AS (INSERT INTO order_lines (id, order_id, position, menu_item_id, name, quantity, unit_price, note, line_total)
    VALUES (gen_random_uuid(), :order_id, 0, md5('item-' || :r || '-1')::uuid, 'Burger', 1, 1500, NULL, 1500),
        (gen_random_uuid(), :order_id, 1, md5('item-' || :r || '-2')::uuid, 'Fries', 1, 450, NULL, 450),
        (gen_random_uuid(), :order_id, 2, md5('item-' || :r || '-3')::uuid, 'Lemonade', 1, 350, NULL, 350)
    RETURNING 1),
w3 AS (INSERT INTO order_status_history (order_id, position, from_status, to_status, moved_at, actor_type,
        actor_id, actor_is_manager, reason)
    VALUES (:order_id, 0, NULL, 'PLACED', now(), 'CUSTOMER', NULL, FALSE, NULL) RETURNING 1),
w4 AS (INSERT INTO order_events (restaurant_id, seq, type, order_id, kind, from_status, to_status, payment_status,
        payment_action, actor_type, actor_id, actor_is_manager, reason, created_at, estimated_ready_at,
        delay_minutes)
    VALUES (md5('restaurant-' || :r)::uuid, :seq, 'order.created', :order_id, 'PLACED', NULL, NULL, NULL, NULL, NULL,
        NULL, NULL, NULL, now(), NULL, NULL) RETURNING 1),
w5 AS (SELECT pg_notify('chit_order_events', md5('restaurant-' || :r)::uuid || chr(58) || :seq) AS sent),
w6 AS (UPDATE idempotency_keys SET response_status = 201, response_body = convert_to(repeat('x', 1200), 'UTF8')
    WHERE scope = 'orders' AND idempotency_key = :key AND response_status = 0 RETURNING 1)
SELECT (SELECT count(*) FROM w0) AS w0, (SELECT count(*) FROM w1) AS w1, (SELECT count(*) FROM w2) AS w2,
    (SELECT count(*) FROM w3) AS w3, (SELECT count(*) FROM w4) AS w4, (SELECT count(*) FROM w5) AS w5,
    (SELECT count(*) FROM w6) AS w6;
COMMIT;
