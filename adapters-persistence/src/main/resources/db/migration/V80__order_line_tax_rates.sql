-- Refunds by line per tax rate: the rate each line was sold at (code and basis points), copied
-- like its price. Lines stored before have none; they count as paying their order's first rate,
-- which is how every such order was refunded.
ALTER TABLE order_lines ADD COLUMN tax_code VARCHAR(20);
ALTER TABLE order_lines ADD COLUMN tax_basis_points INTEGER;
ALTER TABLE order_lines ADD CONSTRAINT order_lines_tax_rate_whole
    CHECK ((tax_code IS NULL AND tax_basis_points IS NULL)
        OR (tax_code IS NOT NULL AND tax_basis_points BETWEEN 0 AND 10000));
