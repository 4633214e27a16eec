-- Nothing on H2, which has no partial indexes: it keeps V72's (restaurant, status, scheduled_for) for
-- the kitchen's load; PostgreSQL replaces it by partial indexes (db/vendor/postgresql/V73). This file
-- keeps the version numbers the same.
SELECT 1;
