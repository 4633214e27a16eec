-- Webhook deliveries and the outbox are claimed, retried and given up on by one queue
-- (LeasedQueue): both tables now have its columns. A delivery's outcome is recorded as the
-- outbox's is: when it arrived (sent_at) or was given up on (dead_at), and the last error.

ALTER TABLE webhook_deliveries ADD COLUMN last_error VARCHAR(1000);
ALTER TABLE webhook_deliveries ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE webhook_deliveries ADD COLUMN dead_at TIMESTAMP WITH TIME ZONE;
