-- A delivery address in parts (API.md "Checkout"). Orders placed before keep their whole text
-- in delivery_line1, on one line (line breaks and tabs become spaces, so it fits as it did);
-- city and postal code stay empty for them, as the domain allows for such recorded addresses.

ALTER TABLE orders ADD COLUMN delivery_line1 VARCHAR(500);
ALTER TABLE orders ADD COLUMN delivery_line2 VARCHAR(200);
ALTER TABLE orders ADD COLUMN delivery_city VARCHAR(100);
ALTER TABLE orders ADD COLUMN delivery_region VARCHAR(100);
ALTER TABLE orders ADD COLUMN delivery_postal_code VARCHAR(20);
-- ISO 3166-1 alpha-2; VARCHAR rather than CHAR so that H2 does not pad what it reads back.
ALTER TABLE orders ADD COLUMN delivery_country VARCHAR(2);
ALTER TABLE orders ADD COLUMN delivery_instructions VARCHAR(500);

UPDATE orders
SET delivery_line1 = TRIM(REPLACE(REPLACE(REPLACE(delivery_address, CHR(13), ''), CHR(10), ' '), CHR(9), ' '))
WHERE delivery_address IS NOT NULL;

ALTER TABLE orders DROP COLUMN delivery_address;
