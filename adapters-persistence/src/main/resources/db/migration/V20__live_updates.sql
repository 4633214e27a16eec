-- Live updates. A scheduled order is "fired" to the kitchen when its time less the prep time
-- comes: the fire job sets fired_at (once, conditionally, whichever instance gets there first)
-- and stores a DUE event, so every board hears of it.
ALTER TABLE orders ADD COLUMN fired_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX orders_scheduled ON orders (scheduled_for);

ALTER TABLE order_events DROP CONSTRAINT order_events_kind_check;
ALTER TABLE order_events ADD CONSTRAINT order_events_kind_check
    CHECK (kind IN ('PLACED', 'STATUS_CHANGED', 'PAYMENT_CHANGED', 'DELAYED', 'DUE'));

-- The snapshot's "recently done" lane reads a restaurant's latest events; retention forgets
-- each restaurant's oldest.
CREATE INDEX order_events_by_time ON order_events (restaurant_id, created_at);
