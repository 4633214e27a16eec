-- Purging ended sessions asks for those expired or revoked before a cutoff; with both columns
-- indexed neither half of that question reads the whole table.
CREATE INDEX sessions_by_revocation ON sessions (revoked_at);
