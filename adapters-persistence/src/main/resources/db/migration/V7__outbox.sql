-- Messages to send once the transaction that decided them has committed (guest emails,
-- webhook deliveries). Written in that transaction, sent and retried by a worker; "kind" says
-- which sender handles the payload (a JSON document).

CREATE TABLE outbox (
    id              UUID                     NOT NULL PRIMARY KEY,
    kind            VARCHAR(50)              NOT NULL,
    -- What the message is about, so that related messages can be found (an order id, a
    -- webhook id) and sent in order.
    subject_id      UUID,
    payload         VARCHAR(1000000)         NOT NULL,
    status          VARCHAR(10)              NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INTEGER                  NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);

-- The worker's question: what is due now?
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_by_subject ON outbox (subject_id);
