-- The outbox of V7 as the guest's emails use it. A sender claims a message for a lease: it
-- counts the attempt, moves next_attempt_at to the end of the lease and stamps claim_id; a
-- sender that dies mid-delivery lets the lease run out and the message is due again. Reports
-- (sent, retry, dead) only count while claim_id is still the reporter's. DEAD replaces FAILED:
-- given up on, kept for a manager to see.
--
-- V7 checks status with an inline constraint whose generated name differs between PostgreSQL
-- and H2, so the column is rebuilt (as V12 does for order_events) and the new check is named.

DROP INDEX outbox_due;
ALTER TABLE outbox ADD COLUMN claim_id UUID;
ALTER TABLE outbox ADD COLUMN dead_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox ADD COLUMN message_status VARCHAR(10);
UPDATE outbox SET message_status = CASE WHEN status = 'FAILED' THEN 'DEAD' ELSE status END;
ALTER TABLE outbox DROP COLUMN status;
ALTER TABLE outbox RENAME COLUMN message_status TO status;
ALTER TABLE outbox ALTER COLUMN status SET NOT NULL;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check CHECK (status IN ('PENDING', 'SENT', 'DEAD'));

-- The sender's question, per kind of message: what is due now?
CREATE INDEX outbox_due ON outbox (kind, status, next_attempt_at);
