-- Sign-in sessions and failed sign-ins.

-- A session is found by the SHA-256 (hex) of its bearer token: the token itself is never
-- stored, so a copy of this table signs nobody in.
CREATE TABLE sessions (
    id         UUID                     NOT NULL PRIMARY KEY,
    token_hash VARCHAR(64)              NOT NULL,
    user_id    UUID                     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sessions_token_hash_unique UNIQUE (token_hash),
    CHECK (expires_at > created_at)
);

CREATE INDEX sessions_by_user ON sessions (user_id);
-- Purging sessions that ended.
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- One row per failed sign-in, read by every server instance to throttle guessing. The email
-- is kept as its SHA-256 (hex): what people type into a sign-in form is sometimes their
-- password, and this table need not be able to show it.
CREATE TABLE login_failures (
    id             UUID                     NOT NULL PRIMARY KEY,
    email_hash     VARCHAR(64)              NOT NULL,
    client_address VARCHAR(100)             NOT NULL,
    failed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX login_failures_by_email ON login_failures (email_hash, failed_at);
CREATE INDEX login_failures_by_address ON login_failures (client_address, failed_at);
CREATE INDEX login_failures_by_time ON login_failures (failed_at);
