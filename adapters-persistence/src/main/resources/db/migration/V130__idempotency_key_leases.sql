-- An open claim is held by one request (a random token) under a lease its server renews while
-- the request runs; a retry takes the claim over once the lease has lapsed. Both are empty on
-- completed keys, and on claims made before leases (taken over two minutes after created_at,
-- as those servers did), so a rolling upgrade strands no key.
ALTER TABLE idempotency_keys ADD COLUMN holder VARCHAR(64);
ALTER TABLE idempotency_keys ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
