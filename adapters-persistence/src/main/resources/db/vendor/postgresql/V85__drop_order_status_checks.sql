-- The status checks of V4, which V86 replaces with ones that know AWAITING_PAYMENT and
-- REQUIRES_ACTION. PostgreSQL names an unnamed column check <table>_<column>_check.
ALTER TABLE orders DROP CONSTRAINT orders_status_check;
ALTER TABLE orders DROP CONSTRAINT orders_payment_status_check;
ALTER TABLE order_status_history DROP CONSTRAINT order_status_history_from_status_check;
ALTER TABLE order_status_history DROP CONSTRAINT order_status_history_to_status_check;
