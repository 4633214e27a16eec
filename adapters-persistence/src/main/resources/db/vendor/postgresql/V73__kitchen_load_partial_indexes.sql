-- The kitchen's load (SqlKitchenLoads) asks, on every quote and checkout, for the restaurant's
-- accepted and preparing orders and its placed orders that are scheduled. Over full indexes
-- PostgreSQL's planner took the (restaurant, placed_at) index whenever its statistics lagged behind a
-- fast-growing table (a new database, a busy evening) and read every order of the restaurant: 0.9 ms
-- a checkout on the benchmark's machine against 0.03 (benchmarks/README.md). Indexes of only those
-- rows are the ones it picks whatever the statistics say, and stay as small as the kitchen's work.
-- H2 has no partial indexes and keeps V72's index (db/vendor/h2/V73 is empty).
CREATE INDEX orders_in_kitchen ON orders (restaurant_id, status) WHERE status IN ('ACCEPTED', 'PREPARING');

CREATE INDEX orders_scheduled_placed ON orders (restaurant_id, scheduled_for)
    WHERE status = 'PLACED' AND scheduled_for IS NOT NULL;

-- V72's (restaurant, status, scheduled_for) is one index more to write on every order, for nothing here.
DROP INDEX orders_scheduled_by_restaurant;
