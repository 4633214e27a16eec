-- Stripe Connect (direct charges): the restaurant's own Stripe account ("acct_..."), set by a
-- platform admin; its guests' payments are made on it. NULL: the platform's own account.
ALTER TABLE restaurants ADD COLUMN stripe_account_id VARCHAR(255);
