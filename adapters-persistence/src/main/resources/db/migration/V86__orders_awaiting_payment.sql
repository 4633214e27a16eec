-- 3-D Secure: an order may wait for the guest's bank (AWAITING_PAYMENT, payment REQUIRES_ACTION)
-- before it is placed. Until then it has no number; one cancelled before it was ever placed
-- (payment-failed, abandoned) never gets one. Lists, exports and sales figures read numbered
-- orders only, so an order never placed is in none of them. V85 (one per database) dropped the
-- status checks this replaces.
ALTER TABLE orders ALTER COLUMN number DROP NOT NULL;
ALTER TABLE orders ADD CONSTRAINT orders_numbered_once_placed
    CHECK (number IS NOT NULL OR status IN ('AWAITING_PAYMENT', 'CANCELLED'));

ALTER TABLE orders ADD CONSTRAINT orders_status_check
    CHECK (status IN ('AWAITING_PAYMENT', 'PLACED', 'ACCEPTED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY',
                      'COMPLETED', 'REJECTED', 'CANCELLED'));
ALTER TABLE orders ADD CONSTRAINT orders_payment_status_check
    CHECK (payment_status IN ('UNPAID', 'REQUIRES_ACTION', 'AUTHORIZED', 'CAPTURED', 'VOIDED',
                              'PARTIALLY_REFUNDED', 'REFUNDED'));

ALTER TABLE order_status_history ADD CONSTRAINT order_status_history_from_status_check
    CHECK (from_status IN ('AWAITING_PAYMENT', 'PLACED', 'ACCEPTED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY',
                           'COMPLETED', 'REJECTED', 'CANCELLED'));
ALTER TABLE order_status_history ADD CONSTRAINT order_status_history_to_status_check
    CHECK (to_status IN ('AWAITING_PAYMENT', 'PLACED', 'ACCEPTED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY',
                         'COMPLETED', 'REJECTED', 'CANCELLED'));

-- The abandonment job: awaiting orders, oldest first.
CREATE INDEX orders_awaiting_payment ON orders (status, placed_at);
