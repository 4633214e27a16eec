-- The people who sign in to the portal, and where they work.

CREATE TABLE users (
    id            UUID         NOT NULL PRIMARY KEY,
    -- Kept lower-case by the domain, so that a plain unique index makes "one person, one
    -- account" hold however the address is typed (H2 has no expression indexes).
    email         VARCHAR(254) NOT NULL CHECK (email = LOWER(email)),
    name          VARCHAR(200) NOT NULL,
    password_hash VARCHAR(500) NOT NULL,
    admin         BOOLEAN      NOT NULL,
    CONSTRAINT users_email_unique UNIQUE (email)
);

CREATE TABLE memberships (
    user_id       UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    restaurant_id UUID        NOT NULL REFERENCES restaurants (id) ON DELETE CASCADE,
    role          VARCHAR(16) NOT NULL CHECK (role IN ('STAFF', 'MANAGER')),
    PRIMARY KEY (user_id, restaurant_id)
);

CREATE INDEX memberships_by_restaurant ON memberships (restaurant_id);
