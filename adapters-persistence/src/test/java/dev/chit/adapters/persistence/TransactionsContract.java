package dev.chit.adapters.persistence;

import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.restaurant.Restaurant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

abstract class TransactionsContract extends ContractBase {

    @Test
    void work_thatSucceeds_isCommitted_andItsResultReturned() {
        Restaurant restaurant = Fixtures.restaurant("Committed");

        String result = database().transactions().inTransaction(() -> {
            database().restaurants().add(restaurant);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(database().restaurants().find(restaurant.id())).contains(restaurant);
    }

    @Test
    void work_thatThrows_isRolledBack_andTheExceptionReachesTheCallerUnchanged() {
        var kitchen = given().kitchen();
        Restaurant restaurant = Fixtures.restaurant("Rolled back");
        NotFound failure = new NotFound("order", "42");

        Throwable thrown = catchThrowable(() -> database().transactions().inTransaction(() -> {
            database().restaurants().add(restaurant);
            kitchen.order().place();
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(database().restaurants().find(restaurant.id())).isEmpty();
        assertThat(database().orders().nextNumber(kitchen.id())).isEqualTo(1);
    }

    @Test
    void nestedWork_joinsTheOuterTransaction_andRollsBackWithIt() {
        Restaurant inner = Fixtures.restaurant("Inner");
        Restaurant outer = Fixtures.restaurant("Outer");

        Throwable thrown = catchThrowable(() -> database().transactions().inTransaction(() -> {
            database().restaurants().add(outer);
            database().transactions().inTransaction(() -> {
                database().restaurants().add(inner);
                return null;
            });
            throw new IllegalStateException("outer failed after inner finished");
        }));

        assertThat(thrown).hasMessage("outer failed after inner finished");
        assertThat(database().restaurants().find(inner.id())).isEmpty();
        assertThat(database().restaurants().find(outer.id())).isEmpty();
    }

    @Test
    void uncommittedWork_isInvisibleToOthers_untilCommitted() throws Exception {
        Restaurant restaurant = Fixtures.restaurant("Not yet");
        CountDownLatch added = new CountDownLatch(1);
        CountDownLatch looked = new CountDownLatch(1);

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> database().transactions().inTransaction(() -> {
            database().restaurants().add(restaurant);
            added.countDown();
            await(looked);
            return null;
        }));
        await(added);
        boolean seenBeforeCommit = database().restaurants().find(restaurant.id()).isPresent();
        looked.countDown();
        writer.get(30, TimeUnit.SECONDS);

        assertThat(seenBeforeCommit).isFalse();
        assertThat(database().restaurants().find(restaurant.id())).isPresent();
    }

    // On PostgreSQL the order, its lines and history are held and sent with the next statement.
    @Test
    void writesNothingReadYet_areSeenByTheTransactionsNextRead_andCommitWithIt() {
        var kitchen = given().kitchen();

        Order seenInside = database().transactions().inTransaction(() -> {
            Order order = kitchen.order().line("Cheeseburger", 2, "Bacon").line("Cola", 1).build(
                    database().orders().nextNumber(kitchen.id()));
            database().orders().add(order);
            return database().orders().find(order.id()).orElseThrow();
        });

        assertThat(database().orders().find(seenInside.id())).contains(seenInside);
        assertThat(seenInside.lines()).hasSize(2);
        assertThat(seenInside.lines().getFirst().options()).hasSize(1);
    }

    // 6,000 writes and no read between them, more parameters than PostgreSQL takes in one statement:
    // it gets them in several.
    @Test
    void manyWritesWithoutARead_allCommit() {
        var kitchen = given().kitchen();

        List<Order> stored = database().transactions().inTransaction(() -> {
            List<Long> numbers = IntStream.range(0, 2_000).mapToObj(i -> database().orders().nextNumber(kitchen.id()))
                    .toList();
            List<Order> orders = numbers.stream().map(number -> kitchen.order().line("Cola", 2).build(number)).toList();
            orders.forEach(database().orders()::add);
            return orders;
        });

        assertThat(stored).allSatisfy(order -> assertThat(database().orders().find(order.id())).contains(order));
    }

    @Test
    void aWriteThatFailsWhenSent_failsTheTransaction_andNothingOfItCommits() {
        var kitchen = given().kitchen();
        Restaurant restaurant = Fixtures.restaurant("Before the failing write");
        Restaurant neverStored = Fixtures.restaurant("Never stored");
        Order ofNoRestaurant = given().new Kitchen(neverStored, Fixtures.standardMenu(neverStored.id())).order().build(1);

        Throwable thrown = catchThrowable(() -> database().transactions().inTransaction(() -> {
            database().restaurants().add(restaurant);
            kitchen.order().place();
            database().orders().add(ofNoRestaurant);
            return null;
        }));

        assertThat(thrown).isNotNull();
        assertThat(database().restaurants().find(restaurant.id())).isEmpty();
        assertThat(database().orders().nextNumber(kitchen.id())).isEqualTo(1);
        assertThat(database().orders().find(ofNoRestaurant.id())).isEmpty();
    }

    @Test
    void workWithoutStatements_commitsNothing_quietly() {
        assertThat(database().transactions().inTransaction(() -> 7)).isEqualTo(7);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
