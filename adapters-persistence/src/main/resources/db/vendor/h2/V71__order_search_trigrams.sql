-- Nothing on H2: the trigram indexes of db/vendor/postgresql/V71 need pg_trgm. H2 searches the
-- restaurant's orders with LIKE (OrderSearch); this file keeps the version numbers the same.
SELECT 1;
