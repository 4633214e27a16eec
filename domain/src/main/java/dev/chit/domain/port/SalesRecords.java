package dev.chit.domain.port;

import dev.chit.domain.order.Order;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.SummaryPeriod;
import dev.chit.domain.restaurant.Restaurant;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The orders as records of sales, read in bulk: for exports and reports, never for work on
 * the pass. What is read inside {@link #inSnapshot} sees one state of the database, however
 * long it takes.
 */
public interface SalesRecords {

    /** Runs {@code reading} in one read-only, repeatable-read transaction of its own. */
    <T> T inSnapshot(Supplier<T> reading);

    /**
     * Hands every order the query matches to {@code each}, in the query's sort (its limit and
     * cursor aside), as they are read: memory does not grow with the number of orders. An
     * exception from {@code each} stops the reading and is rethrown.
     */
    void export(OrderQuery query, Consumer<Order> each);

    /** The restaurant's sales over the period in its time zone, added up by the database. */
    SalesSummary summarize(Restaurant restaurant, SummaryPeriod period);
}
