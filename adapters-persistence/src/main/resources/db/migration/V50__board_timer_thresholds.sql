-- The portal board colours each order's timer: due soon this many minutes before its promised
-- time, late this many minutes after it. The kitchen sets both; existing restaurants start at
-- the defaults (5 and 0).

ALTER TABLE restaurants ADD COLUMN due_soon_minutes INTEGER DEFAULT 5 NOT NULL;
ALTER TABLE restaurants ADD COLUMN late_after_minutes INTEGER DEFAULT 0 NOT NULL;
