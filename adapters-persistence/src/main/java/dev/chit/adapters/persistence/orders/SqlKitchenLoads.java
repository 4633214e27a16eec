package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.kitchen.Commitment;
import dev.chit.domain.kitchen.KitchenLoad;
import dev.chit.domain.port.KitchenLoads;
import dev.chit.domain.restaurant.RestaurantId;

import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;

/** The kitchen's load, read from {@code orders} over the board index (restaurant, status). */
public final class SqlKitchenLoads implements KitchenLoads {

    // One branch per status rather than an OR of them: each branch is a range scan of the board
    // index, where an OR made H2 read every order the restaurant ever had (benchmarks/README.md).
    static final String COMMITMENTS = """
            SELECT accepted_at, scheduled_for, estimated_ready_at FROM orders
             WHERE restaurant_id = ? AND status = 'ACCEPTED'
            UNION ALL
            SELECT accepted_at, scheduled_for, estimated_ready_at FROM orders
             WHERE restaurant_id = ? AND status = 'PREPARING'
            UNION ALL
            SELECT accepted_at, scheduled_for, estimated_ready_at FROM orders
             WHERE restaurant_id = ? AND status = 'PLACED' AND scheduled_for IS NOT NULL""";

    private final Statements sql;

    public SqlKitchenLoads(Statements sql) {
        this.sql = sql;
    }

    @Override
    public KitchenLoad of(RestaurantId restaurantId) {
        // One statement: it needs no transaction of its own, and joins the caller's if one is open.
        return new KitchenLoad(sql.query("kitchen-load", COMMITMENTS,
                        restaurantId.value(), restaurantId.value(), restaurantId.value())
                .stream()
                .map(row -> new Commitment(optionalInstant(row, "accepted_at"), optionalInstant(row, "scheduled_for"),
                        instant(row, "estimated_ready_at")))
                .toList());
    }
}
