-- Every stored change of a restaurant raises its version: the ETag of its settings, so that a
-- manager's If-Match change fails (412) when someone changed them since the manager looked.
ALTER TABLE restaurants ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
