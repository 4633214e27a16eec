-- The card network's events (Stripe's webhook) Chit has acted on, by the network's id: recorded
-- in the transaction that makes the event's change, so that an event sent again (the network
-- retries until it hears back) changes nothing, and one whose change rolled back is acted on when
-- it comes again. Events of orders Chit does not know are not recorded.
CREATE TABLE payment_events (
    event_id    VARCHAR(255)             NOT NULL PRIMARY KEY,
    type        VARCHAR(100)             NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An event names the authorization (PaymentIntent) it is about; Chit finds its order by it when the
-- event carries no chit_order_id.
CREATE INDEX payment_operations_by_authorization ON payment_operations (authorization_id);
