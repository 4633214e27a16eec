package dev.chit.benchmarks;

import dev.chit.application.orders.ListOrders;
import dev.chit.domain.port.OrderCursor;
import dev.chit.domain.port.OrderPage;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.OrderSort;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@link ListOrders}: one page of 50 of the bistro's 5,000 orders on embedded H2, with lines,
 * options and history, as the board and the order search ask for it. The newest page is what
 * the orders screen opens on; a page halfway back (after a cursor) shows whether keyset pages
 * cost the same wherever they are; a search by surname matches about 250 orders and must look
 * at customer fields and item names of every order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class OrderSearchBenchmark {

    private static final int PAGE = 50;

    ListOrders listOrders;
    OrderQuery newest;
    OrderQuery halfwayBack;
    OrderQuery bySurname;

    @Setup(Level.Trial)
    public void wire(BistroDatabase bistro) {
        listOrders = new ListOrders(bistro.database().orders(), bistro.database().restaurants(), Clock.systemUTC());
        newest = OrderQuery.all(Bistro.ID).withLimit(PAGE);
        halfwayBack = newest.after(cursorAfter(bistro.pastOrders / 2));
        bySurname = new OrderQuery(Bistro.ID, Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.of("garcia"), OrderSort.NEWEST_FIRST, PAGE, Optional.empty());
    }

    @Benchmark
    public OrderPage newestPage() {
        return listOrders.list(newest);
    }

    @Benchmark
    public OrderPage pageHalfwayBack() {
        return listOrders.list(halfwayBack);
    }

    @Benchmark
    public OrderPage searchBySurname() {
        return listOrders.list(bySurname);
    }

    // Where the page after the newest {@code skipped} orders starts, found by paging as a client would.
    private OrderCursor cursorAfter(int skipped) {
        Optional<OrderCursor> cursor = Optional.empty();
        for (int seen = 0; seen < skipped; seen += OrderQuery.MAX_LIMIT) {
            OrderQuery page = OrderQuery.all(Bistro.ID).withLimit(Math.min(OrderQuery.MAX_LIMIT, skipped - seen));
            cursor = listOrders.list(cursor.map(page::after).orElse(page)).next();
        }
        return cursor.orElseThrow();
    }
}
