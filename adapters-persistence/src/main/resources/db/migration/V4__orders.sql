-- Orders with their lines, chosen options and status history. Lines and options are
-- snapshots: names and prices as sold, whatever the menu says later.

CREATE TABLE orders (
    id                 UUID                     NOT NULL PRIMARY KEY,
    restaurant_id      UUID                     NOT NULL REFERENCES restaurants (id),
    number             BIGINT                   NOT NULL CHECK (number >= 1),
    status             VARCHAR(20)              NOT NULL CHECK (status IN ('PLACED', 'ACCEPTED', 'PREPARING', 'READY',
                                                    'OUT_FOR_DELIVERY', 'COMPLETED', 'REJECTED', 'CANCELLED')),
    payment_status     VARCHAR(20)              NOT NULL CHECK (payment_status IN ('UNPAID', 'AUTHORIZED', 'CAPTURED',
                                                    'VOIDED', 'PARTIALLY_REFUNDED', 'REFUNDED')),
    fulfillment_type   VARCHAR(10)              NOT NULL CHECK (fulfillment_type IN ('PICKUP', 'DELIVERY', 'DINE_IN')),
    delivery_address   VARCHAR(500),
    dine_in_table      VARCHAR(50),
    scheduled_for      TIMESTAMP WITH TIME ZONE,
    customer_name      VARCHAR(200)             NOT NULL,
    customer_email     VARCHAR(254)             NOT NULL,
    customer_phone     VARCHAR(30),
    currency           CHAR(3)                  NOT NULL,
    subtotal           BIGINT                   NOT NULL CHECK (subtotal >= 0),
    tax                BIGINT                   NOT NULL CHECK (tax >= 0),
    delivery_fee       BIGINT                   NOT NULL CHECK (delivery_fee >= 0),
    service_fee        BIGINT                   NOT NULL CHECK (service_fee >= 0),
    tip                BIGINT                   NOT NULL CHECK (tip >= 0),
    discount           BIGINT                   NOT NULL CHECK (discount >= 0),
    total              BIGINT                   NOT NULL CHECK (total >= 0),
    refunded           BIGINT                   NOT NULL CHECK (refunded >= 0),
    notes              VARCHAR(500),
    placed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at        TIMESTAMP WITH TIME ZONE,
    estimated_ready_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ready_at           TIMESTAMP WITH TIME ZONE,
    completed_at       TIMESTAMP WITH TIME ZONE,
    -- SHA-256 (hex) of the guest's bearer token; NULL for counter orders.
    access_token_hash  VARCHAR(128),
    -- Optimistic locking: every update is "WHERE version = <the version read>".
    version            BIGINT                   NOT NULL CHECK (version >= 0),
    CONSTRAINT orders_number_unique UNIQUE (restaurant_id, number),
    CHECK (refunded <= total),
    CHECK (total = subtotal + service_fee + tax + delivery_fee + tip - discount)
);

-- The board: a restaurant's orders in some statuses, oldest first.
CREATE INDEX orders_board ON orders (restaurant_id, status, placed_at);
-- Lists, exports and reports over a date range, keyset-paginated on (placed_at, id).
CREATE INDEX orders_by_placed_at ON orders (restaurant_id, placed_at, id);

CREATE TABLE order_lines (
    id           UUID         NOT NULL PRIMARY KEY,
    order_id     UUID         NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL CHECK (position >= 0),
    menu_item_id UUID         NOT NULL REFERENCES menu_items (id),
    name         VARCHAR(200) NOT NULL,
    quantity     INTEGER      NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    unit_price   BIGINT       NOT NULL CHECK (unit_price >= 0),
    note         VARCHAR(500),
    line_total   BIGINT       NOT NULL CHECK (line_total >= 0),
    CONSTRAINT order_lines_position_unique UNIQUE (order_id, position),
    CHECK (line_total = unit_price * quantity)
);

CREATE INDEX order_lines_by_menu_item ON order_lines (menu_item_id);

CREATE TABLE order_line_options (
    order_id      UUID         NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    order_line_id UUID         NOT NULL REFERENCES order_lines (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL CHECK (position >= 0),
    option_id     UUID         NOT NULL REFERENCES modifier_options (id),
    name          VARCHAR(200) NOT NULL,
    price_delta   BIGINT       NOT NULL,
    PRIMARY KEY (order_line_id, position)
);

CREATE INDEX order_line_options_by_order ON order_line_options (order_id);
CREATE INDEX order_line_options_by_option ON order_line_options (option_id);

CREATE TABLE order_status_history (
    order_id         UUID                     NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position         INTEGER                  NOT NULL CHECK (position >= 0),
    -- NULL for the entry that placed the order.
    from_status      VARCHAR(20)              CHECK (from_status IN ('PLACED', 'ACCEPTED', 'PREPARING', 'READY',
                                                  'OUT_FOR_DELIVERY', 'COMPLETED', 'REJECTED', 'CANCELLED')),
    to_status        VARCHAR(20)              NOT NULL CHECK (to_status IN ('PLACED', 'ACCEPTED', 'PREPARING', 'READY',
                                                  'OUT_FOR_DELIVERY', 'COMPLETED', 'REJECTED', 'CANCELLED')),
    moved_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_type       VARCHAR(10)              NOT NULL CHECK (actor_type IN ('CUSTOMER', 'STAFF', 'SYSTEM')),
    actor_id         UUID,
    actor_is_manager BOOLEAN                  NOT NULL,
    reason           VARCHAR(500),
    PRIMARY KEY (order_id, position),
    CHECK (actor_is_manager = FALSE OR actor_type = 'STAFF')
);
