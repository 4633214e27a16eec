-- Chit's schema is written for PostgreSQL and runs unchanged on H2 in PostgreSQL mode (the
-- embedded database). Keep to what both understand: no :: casts, no expression indexes, no
-- TEXT (H2 reads it as a CLOB), no partial indexes.
--
-- Money is BIGINT minor units beside a CHAR(3) ISO 4217 currency; timestamps are
-- TIMESTAMP WITH TIME ZONE, always written in UTC at microsecond precision.

CREATE TABLE restaurants (
    id                      UUID                     NOT NULL PRIMARY KEY,
    name                    VARCHAR(200)             NOT NULL,
    address                 VARCHAR(500),
    currency                CHAR(3)                  NOT NULL,
    timezone                VARCHAR(64)              NOT NULL,
    accepting_orders        BOOLEAN                  NOT NULL,
    default_prep_minutes    INTEGER                  NOT NULL CHECK (default_prep_minutes BETWEEN 1 AND 240),
    accept_timeout_minutes  INTEGER                  NOT NULL CHECK (accept_timeout_minutes BETWEEN 1 AND 1440),
    -- NULL: always open. Otherwise comma-separated periods such as "MONDAY 11:30-14:00";
    -- the empty string is a restaurant that is never open.
    opening_hours           VARCHAR(4000),
    tax_rate_basis_points   INTEGER                  NOT NULL CHECK (tax_rate_basis_points BETWEEN 0 AND 10000),
    min_order               BIGINT                   NOT NULL CHECK (min_order >= 0),
    delivery_fee            BIGINT                   NOT NULL CHECK (delivery_fee >= 0),
    service_fee_basis_points INTEGER                 NOT NULL CHECK (service_fee_basis_points BETWEEN 0 AND 10000),
    auto_accept             BOOLEAN                  NOT NULL,
    paused_until            TIMESTAMP WITH TIME ZONE,
    busy_extra_minutes      INTEGER                  NOT NULL CHECK (busy_extra_minutes BETWEEN 0 AND 240),
    busy_until              TIMESTAMP WITH TIME ZONE,
    -- NULL: the kitchen takes any amount of work per slot.
    capacity_per_slot       INTEGER                  CHECK (capacity_per_slot >= 1),
    auto_pause_after_missed INTEGER                  NOT NULL CHECK (auto_pause_after_missed BETWEEN 1 AND 100),
    -- Counters handed out under the row lock of this row: order numbers (#1, #2, ...) and the
    -- sequence of the live board's events. Incrementing them in the transaction that uses the
    -- number serialises concurrent writers and gives a rolled-back number back.
    last_order_number       BIGINT                   NOT NULL DEFAULT 0 CHECK (last_order_number >= 0),
    last_event_seq          BIGINT                   NOT NULL DEFAULT 0 CHECK (last_event_seq >= 0)
);

CREATE INDEX restaurants_by_name ON restaurants (name, id);
