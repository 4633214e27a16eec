-- A manager may send a dead email or webhook delivery back to the queue. It then gets a fresh
-- budget of attempts: the retry policy gives up counting from requeued_at rather than from
-- created_at, which keeps saying when the message was first written.
ALTER TABLE outbox ADD COLUMN requeued_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE webhook_deliveries ADD COLUMN requeued_at TIMESTAMP WITH TIME ZONE;
