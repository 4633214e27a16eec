-- A delay the kitchen announces is an order event of its own kind, DELAYED ("order.updated" on
-- the live board), carrying the new promise and the delay so that the guest can be told from it.

ALTER TABLE order_events ADD COLUMN estimated_ready_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE order_events ADD COLUMN delay_minutes INTEGER;

-- V5 checks the kind with an inline constraint whose generated name differs between PostgreSQL
-- and H2, so it cannot be dropped by name on both. The column is rebuilt instead (dropping it
-- drops its check), and the new check is named, for whoever adds the next kind.
ALTER TABLE order_events ADD COLUMN event_kind VARCHAR(20);
UPDATE order_events SET event_kind = kind;
ALTER TABLE order_events DROP COLUMN kind;
ALTER TABLE order_events RENAME COLUMN event_kind TO kind;
ALTER TABLE order_events ALTER COLUMN kind SET NOT NULL;
ALTER TABLE order_events ADD CONSTRAINT order_events_kind_check
    CHECK (kind IN ('PLACED', 'STATUS_CHANGED', 'PAYMENT_CHANGED', 'DELAYED'));
ALTER TABLE order_events ADD CONSTRAINT order_events_delay_check
    CHECK (kind <> 'DELAYED' OR (estimated_ready_at IS NOT NULL AND delay_minutes BETWEEN 5 AND 120));
