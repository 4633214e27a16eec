-- The orders list's text search (q) by trigram indexes, on PostgreSQL only (H2 has no pg_trgm and
-- keeps scanning the restaurant's orders; see OrderSearch). Database.open adds db/vendor/postgresql or db/vendor/h2, so
-- this version is a no-op on H2 (db/vendor/h2/V71__order_search_trigrams.sql).
--
-- The guest's fields are one indexed text, joined by chr(1): a LIKE '%...%' pattern cannot hold
-- that character (OrderSearch removes control characters from q), so no match spans two fields.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX orders_guest_trigrams ON orders USING gin (
    (LOWER(customer_name || chr(1) || customer_email || chr(1) || COALESCE(customer_phone, ''))) gin_trgm_ops);

CREATE INDEX order_lines_name_trigrams ON order_lines USING gin ((LOWER(name)) gin_trgm_ops);
