-- The live board's event log: each change of an order gets the next sequence number of its
-- restaurant (restaurants.last_event_seq, taken under that row's lock), in the transaction of
-- the change. A client that reconnects resumes "after seq N" from here; the event carries
-- what happened, the order itself is read as it is now.

CREATE TABLE order_events (
    restaurant_id    UUID                     NOT NULL REFERENCES restaurants (id) ON DELETE CASCADE,
    seq              BIGINT                   NOT NULL CHECK (seq >= 1),
    type             VARCHAR(20)              NOT NULL CHECK (type IN ('order.created', 'order.updated')),
    order_id         UUID                     NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    kind             VARCHAR(20)              NOT NULL CHECK (kind IN ('PLACED', 'STATUS_CHANGED', 'PAYMENT_CHANGED')),
    from_status      VARCHAR(20),
    to_status        VARCHAR(20),
    payment_status   VARCHAR(20),
    payment_action   VARCHAR(20),
    actor_type       VARCHAR(10),
    actor_id         UUID,
    actor_is_manager BOOLEAN,
    reason           VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (restaurant_id, seq)
);

CREATE INDEX order_events_by_order ON order_events (order_id);
