-- Promo codes (docs/menu-and-pricing.md, "Promotions"). code_key is the code in upper case: codes
-- are unique per restaurant whatever their case. value: percent (PERCENT) or minor units (AMOUNT).
-- redemptions counts the orders holding one (promotion_redemptions), kept beside them so that a
-- checkout takes one with a conditional UPDATE that never passes max_redemptions.
CREATE TABLE promotions (
    id               UUID        NOT NULL PRIMARY KEY,
    restaurant_id    UUID        NOT NULL REFERENCES restaurants (id),
    code             VARCHAR(40) NOT NULL,
    code_key         VARCHAR(40) NOT NULL,
    kind             VARCHAR(10) NOT NULL CHECK (kind IN ('PERCENT', 'AMOUNT')),
    promo_value      BIGINT      NOT NULL CHECK (promo_value > 0),
    min_subtotal     BIGINT      CHECK (min_subtotal >= 0),
    starts_at        TIMESTAMP WITH TIME ZONE,
    ends_at          TIMESTAMP WITH TIME ZONE,
    max_redemptions  INTEGER     CHECK (max_redemptions >= 1),
    max_per_customer INTEGER     CHECK (max_per_customer >= 1),
    first_order_only BOOLEAN     NOT NULL,
    active           BOOLEAN     NOT NULL,
    redemptions      BIGINT      DEFAULT 0 NOT NULL CHECK (redemptions >= 0),
    CONSTRAINT promotions_code_unique UNIQUE (restaurant_id, code_key)
);

-- Which order redeemed which promotion, by the guest's email in lower case (maxPerCustomer).
-- Not a foreign key to orders: the redemption is taken before the order row is written, in the
-- same transaction. An order rejected or cancelled before capture deletes its row.
CREATE TABLE promotion_redemptions (
    order_id       UUID         NOT NULL PRIMARY KEY,
    promotion_id   UUID         NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
    customer_email VARCHAR(320) NOT NULL
);

CREATE INDEX promotion_redemptions_by_guest ON promotion_redemptions (promotion_id, customer_email);

-- The promotion an order was priced with, as it was then: a later change never alters the order.
ALTER TABLE orders ADD COLUMN promo_code VARCHAR(40);
ALTER TABLE orders ADD COLUMN promo_kind VARCHAR(10);
ALTER TABLE orders ADD COLUMN promo_value BIGINT;
