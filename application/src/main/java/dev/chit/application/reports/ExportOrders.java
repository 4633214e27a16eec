package dev.chit.application.reports;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.SalesRecords;
import dev.chit.domain.restaurant.Restaurant;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.function.Function;

/**
 * A manager's export: every order the list's filters match, handed to the sheet as it is read,
 * all from one snapshot of the database. Who may export is checked, and the restaurant found,
 * before the sheet is opened: once it is, the answer has begun.
 */
public final class ExportOrders {

    private static final Logger LOG = System.getLogger(ExportOrders.class.getName());

    private final Restaurants restaurants;
    private final SalesRecords records;
    private final Clock clock;

    public ExportOrders(Restaurants restaurants, SalesRecords records, Clock clock) {
        this.restaurants = restaurants;
        this.records = records;
        this.clock = clock;
    }

    /**
     * The range the export will cover, for its headers.
     *
     * @throws NotFound     unless the caller works at the restaurant (or is an admin)
     * @throws dev.chit.domain.error.NotPermitted for staff who do not manage it
     */
    public ExportRange prepare(Caller caller, OrderQuery query) {
        caller.requireManagerOf(query.restaurantId());
        Restaurant restaurant = restaurants.find(query.restaurantId())
                .orElseThrow(() -> new NotFound("restaurant", query.restaurantId()));
        return ExportRange.of(restaurant, query, clock.instant());
    }

    /** Streams the orders into the sheet {@code open} makes; answers how many were written. */
    public long export(ExportRange range, OrderQuery query, Function<ExportRange, OrderSheet> open) {
        long[] written = {0};
        records.inSnapshot(() -> {
            OrderSheet sheet = open.apply(range);
            records.export(query, order -> {
                sheet.add(order);
                written[0]++;
            });
            sheet.finish();
            return null;
        });
        LOG.log(Level.INFO, "event=orders-exported restaurantId={0} orders={1}", query.restaurantId(), written[0]);
        return written[0];
    }
}
