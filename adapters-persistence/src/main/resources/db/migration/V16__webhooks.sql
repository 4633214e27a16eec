-- Webhooks: a restaurant's subscriptions to its order events, the deliveries waiting to be
-- POSTed (enqueued in the order's transaction, claimed for a lease like the outbox of V13),
-- and every attempt at them, for the manager to see. The secret is kept as given: every
-- delivery is signed with it.

CREATE TABLE webhooks (
    id            UUID                     NOT NULL PRIMARY KEY,
    restaurant_id UUID                     NOT NULL,
    url           VARCHAR(2000)            NOT NULL,
    -- the subscribed event types, comma-separated wire names (order.created,order.updated)
    events        VARCHAR(200)             NOT NULL,
    secret        VARCHAR(200)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX webhooks_by_restaurant ON webhooks (restaurant_id);

CREATE TABLE webhook_deliveries (
    id              UUID                     NOT NULL PRIMARY KEY,
    webhook_id      UUID                     NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_type      VARCHAR(50)              NOT NULL,
    body            VARCHAR(1000000)         NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    attempts        INTEGER                  NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claim_id        UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT webhook_deliveries_status_check CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD'))
);

-- The sender's question: what is due now?
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id);

CREATE TABLE webhook_attempts (
    delivery_id  UUID                     NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt      INTEGER                  NOT NULL,
    webhook_id   UUID                     NOT NULL,
    event_type   VARCHAR(50)              NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code  INTEGER,
    error        VARCHAR(1000),
    PRIMARY KEY (delivery_id, attempt)
);

CREATE INDEX webhook_attempts_by_webhook ON webhook_attempts (webhook_id, attempted_at);
