-- The accept timeout counts the orders a restaurant missed one after another: a run of misses
-- ends when an order of the restaurant is accepted after the last miss (or a pause starts over).

ALTER TABLE restaurants ADD COLUMN missed_in_a_row INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE restaurants ADD COLUMN last_missed_at TIMESTAMP WITH TIME ZONE;
