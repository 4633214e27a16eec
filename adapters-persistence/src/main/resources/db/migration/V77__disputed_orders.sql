-- A guest disputes an order's charge with their bank (Stripe's charge.dispute.created): the order
-- shows it from then on, in the API, on the board and in exports.
--
-- The dispute is an order event too (boards and webhooks hear of it). It is stored as a
-- PAYMENT_CHANGED event with the reason 'disputed' rather than a kind of its own: V91, which runs
-- after this migration, sets the kinds' check again, and a kind added here would not survive it.
ALTER TABLE orders ADD COLUMN disputed BOOLEAN DEFAULT FALSE NOT NULL;
