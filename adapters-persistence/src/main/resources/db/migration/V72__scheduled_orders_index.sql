-- The kitchen's load (SqlKitchenLoads) reads the placed orders that are scheduled, on every quote and
-- checkout. Over the board index (restaurant, status, placed_at) that meant reading every placed
-- order of the restaurant to look at its scheduled_for; here the scheduled ones are one range.
CREATE INDEX orders_scheduled_by_restaurant ON orders (restaurant_id, status, scheduled_for);
