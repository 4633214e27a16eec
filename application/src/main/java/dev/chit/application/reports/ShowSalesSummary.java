package dev.chit.application.reports;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.SalesRecords;
import dev.chit.domain.report.ReportFormat;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.SummaryPeriod;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;

/** A manager's sales summary of a period, added up by the database from one snapshot. */
public final class ShowSalesSummary {

    private final Restaurants restaurants;
    private final SalesRecords records;
    private final ReportPrinter printer;

    public ShowSalesSummary(Restaurants restaurants, SalesRecords records, ReportPrinter printer) {
        this.restaurants = restaurants;
        this.records = records;
        this.printer = printer;
    }

    /** @throws NotFound unless the caller works there; NotPermitted unless they manage it */
    public SalesSummary summary(Caller caller, RestaurantId restaurantId, SummaryPeriod period) {
        caller.requireManagerOf(restaurantId);
        Restaurant restaurant = restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
        return summary(restaurant, period);
    }

    /** For the schedule, which asks for no one. */
    public SalesSummary summary(Restaurant restaurant, SummaryPeriod period) {
        return records.inSnapshot(() -> records.summarize(restaurant, period));
    }

    public byte[] print(SalesSummary summary, ReportFormat format) {
        return printer.summary(summary, format);
    }
}
