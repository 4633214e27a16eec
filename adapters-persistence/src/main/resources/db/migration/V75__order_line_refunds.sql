-- Refunds by line: how many of each line's items were refunded so far (never more than it has).
ALTER TABLE order_lines ADD COLUMN refunded_quantity INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE order_lines ADD CONSTRAINT order_lines_refunded_quantity_within
    CHECK (refunded_quantity >= 0 AND refunded_quantity <= quantity);
