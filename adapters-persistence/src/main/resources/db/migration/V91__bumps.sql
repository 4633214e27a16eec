-- Bumps and recalls of lines on the kitchen's screens are order events (boards and webhooks hear
-- of them like every move), and each restaurant says whether an order whose every line is bumped
-- is READY by itself (API.md, "readyWhenAllBumped", default true).
ALTER TABLE order_events DROP CONSTRAINT order_events_kind_check;
ALTER TABLE order_events ADD CONSTRAINT order_events_kind_check
    CHECK (kind IN ('PLACED', 'STATUS_CHANGED', 'PAYMENT_CHANGED', 'DELAYED', 'DUE', 'LINES_BUMPED',
                    'LINES_RECALLED'));

ALTER TABLE restaurants ADD COLUMN ready_when_all_bumped BOOLEAN DEFAULT TRUE NOT NULL;
