-- The connected Stripe account an authorization was sent to (NULL: the platform's own), so that
-- a lost one is looked for, and the order's capture, void and refunds are made, on the account
-- that holds it even after the restaurant's setting changed. Rows from before are the platform's,
-- which is where every payment went then.
ALTER TABLE payment_operations ADD COLUMN stripe_account_id VARCHAR(255);
