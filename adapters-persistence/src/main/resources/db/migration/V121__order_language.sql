-- The language the guest ordered in (en, es, de): their emails and receipts speak it. Orders
-- placed before languages existed were all in English.
ALTER TABLE orders ADD COLUMN customer_locale VARCHAR(5) NOT NULL DEFAULT 'en';
