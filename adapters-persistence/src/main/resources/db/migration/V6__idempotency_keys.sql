-- Idempotency keys sent with unsafe requests, and the first response to each, for replays.
-- response_status 0 means "claimed, still in progress".

CREATE TABLE idempotency_keys (
    scope           VARCHAR(50)              NOT NULL,
    idempotency_key VARCHAR(255)             NOT NULL,
    fingerprint     VARCHAR(128)             NOT NULL,
    response_status INTEGER                  NOT NULL CHECK (response_status = 0 OR response_status BETWEEN 100 AND 599),
    response_body   BYTEA,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idempotency_key),
    CHECK (response_status = 0 OR response_body IS NOT NULL)
);

-- Purging keys older than a day.
CREATE INDEX idempotency_keys_by_created_at ON idempotency_keys (created_at);
