package dev.chit.adapters.persistence;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.OrderSort;
import dev.chit.domain.port.SalesRecords;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.SalesSummary.ItemSales;
import dev.chit.domain.report.SalesSummary.Slice;
import dev.chit.domain.report.SalesSummary.Totals;
import dev.chit.domain.report.SummaryPeriod;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.chit.adapters.persistence.Fixtures.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The orders read in bulk: exports stream every order complete, in the list's order, and the
 * summary is added up in the restaurant's time zone. The summary's fixture is computed by hand
 * (10 % tax and 2.5 % service, rounded half-even; 3.50 delivery): see each order's comment.
 */
abstract class SalesRecordsContract extends ContractBase {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate DAY = LocalDate.parse("2026-11-25");
    private static final UUID STAFF = UUID.randomUUID();

    private SalesRecords records() {
        return database().salesRecords();
    }

    private Order update(Order order) {
        return database().orders().update(order);
    }

    private Order accepted(Order placed, int prepMinutes) {
        Instant at = placed.placedAt().plus(Duration.ofMinutes(1));
        Order accepted = placed.transition(TransitionRequest.to(OrderStatus.ACCEPTED)
                .withPrepTime(Duration.ofMinutes(prepMinutes)), Actor.staff(STAFF), at).order();
        return update(accepted.captured(at).order());
    }

    private Order moved(Order order, OrderStatus to, Instant at, Actor by) {
        return update(order.transition(TransitionRequest.to(to), by, at).order());
    }

    private Order minutesLater(Order order, OrderStatus to, int minutes) {
        return moved(order, to, order.placedAt().plus(Duration.ofMinutes(minutes)), Actor.staff(STAFF));
    }

    @Test
    void theSummary_addsUpOnlyTheOrdersThatCount_inTheRestaurantsTimeZone() {
        var tokyo = given().kitchen(TOKYO);
        // 00:30 on the 25th in Tokyo (15:30 UTC on the 24th). 12.50 + 2.00 bacon = 14.50; service
        // 0.36 (36.25 -> 36); tax 1.49 (148.6); total 16.35. Ready 12 minutes after acceptance,
        // promised in 20: on time.
        Order burger = tokyo.order().line("Cheeseburger", 1, "Bacon").placedAt(Instant.parse("2026-11-24T15:30:00Z"))
                .place();
        burger = accepted(burger, 20);
        burger = minutesLater(burger, OrderStatus.PREPARING, 2);
        burger = minutesLater(burger, OrderStatus.READY, 13);
        minutesLater(burger, OrderStatus.COMPLETED, 15);
        // 12:10 local. Fries x2 = 9.00; service 0.22 (22.5 -> 22, half-even); tax 0.92 (92.2); delivery
        // 3.50; tip 1.00; total 14.64. Cancelled by a manager while preparing, refunded in full.
        Order fries = tokyo.order().line("Fries", 2).delivery("1-1 Chiyoda").tip(100)
                .placedAt(Instant.parse("2026-11-25T03:10:00Z")).place();
        fries = accepted(fries, 15);
        fries = minutesLater(fries, OrderStatus.PREPARING, 3);
        fries = update(fries.transition(TransitionRequest.to(OrderStatus.CANCELLED).withReason("oven broke"),
                Actor.manager(STAFF), fries.placedAt().plus(Duration.ofMinutes(5))).order());
        update(fries.refunded(Money.of(1464, EUR), fries.placedAt().plus(Duration.ofMinutes(6))).order());
        // 12:40 local: nobody accepted it; the system rejected it (a missed order). No sales.
        Order missed = tokyo.order().line("Cola", 4).placedAt(Instant.parse("2026-11-25T03:40:00Z")).place();
        update(missed.transition(TransitionRequest.to(OrderStatus.REJECTED).withReason("not accepted in time"),
                Actor.system(), missed.placedAt().plus(Duration.ofMinutes(10))).order());
        // 14:00 local: the guest called it off before the kitchen accepted it. No sales.
        Order calledOff = tokyo.order().line("Cola", 1).placedAt(Instant.parse("2026-11-25T05:00:00Z")).place();
        moved(calledOff, OrderStatus.CANCELLED, calledOff.placedAt().plusSeconds(60), Actor.customer());
        // 23:59 on the 24th and 00:00 on the 26th, local: outside the day.
        accepted(tokyo.order().line("Cheeseburger", 5).placedAt(Instant.parse("2026-11-24T14:59:00Z")).place(), 10);
        accepted(tokyo.order().line("Cheeseburger", 5).placedAt(Instant.parse("2026-11-25T15:00:00Z")).place(), 10);

        SalesSummary summary = records().inSnapshot(() -> records().summarize(tokyo.restaurant, SummaryPeriod.day(DAY)));

        assertThat(summary.ordersByStatus()).isEqualTo(Map.of(OrderStatus.COMPLETED, 1L, OrderStatus.CANCELLED, 2L,
                OrderStatus.REJECTED, 1L));
        assertThat(summary.totals()).isEqualTo(new Totals(2, 2350, 0, 58, 350, 241, 100, 1464, 3099));
        assertThat(summary.totals().netSales()).isEqualTo(2350);
        assertThat(summary.totals().totalCollected()).isEqualTo(1635);
        assertThat(summary.totals().averageTicket()).isEqualTo(1175);
        assertThat(summary.byFulfillment()).containsExactly(new Slice("DELIVERY", 1, 900, 0),
                new Slice("PICKUP", 1, 1450, 1635));
        assertThat(summary.byHour()).containsExactly(new Slice("00", 1, 1450, 1635), new Slice("12", 1, 900, 0));
        assertThat(summary.byDay()).containsExactly(new Slice("2026-11-25", 2, 2350, 1635));
        assertThat(summary.topItemsByQuantity()).containsExactly(new ItemSales("Fries", 2, 900),
                new ItemSales("Cheeseburger", 1, 1450));
        assertThat(summary.topItemsByRevenue()).containsExactly(new ItemSales("Cheeseburger", 1, 1450),
                new ItemSales("Fries", 2, 900));
        assertThat(summary.missedOrders()).isEqualTo(1);
        assertThat(summary.cancellations()).isEqualTo(2);
        assertThat(summary.averagePrepSeconds()).contains(720L);
        assertThat(summary.readyOnTimeShare()).contains(1.0);
    }

    @Test
    void localDays_andHours_followEachRestaurantsOwnZone() {
        var newYork = given().kitchen(NEW_YORK);
        // 23:30 on the 24th in New York (EST, UTC-5), then 00:30 and 19:45 on the 25th.
        for (String at : List.of("2026-11-25T04:30:00Z", "2026-11-25T05:30:00Z", "2026-11-26T00:45:00Z")) {
            accepted(newYork.order().line("Cola", 1).placedAt(Instant.parse(at)).place(), 10);
        }
        var otherKitchen = given().kitchen(NEW_YORK);
        accepted(otherKitchen.order().line("Cola", 9).placedAt(Instant.parse("2026-11-25T12:00:00Z")).place(), 10);

        SalesSummary day = records().inSnapshot(() -> records().summarize(newYork.restaurant, SummaryPeriod.day(DAY)));
        SalesSummary twoDays = records().inSnapshot(() -> records().summarize(newYork.restaurant,
                new SummaryPeriod(DAY.minusDays(1), DAY)));

        assertThat(day.totals().orders()).as("the other restaurant's order is not ours").isEqualTo(2);
        assertThat(day.byHour()).extracting(Slice::key).containsExactly("00", "19");
        assertThat(twoDays.byDay()).extracting(Slice::key, Slice::orders).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2026-11-24", 1L), org.assertj.core.groups.Tuple.tuple("2026-11-25", 2L));
        assertThat(twoDays.byHour()).extracting(Slice::key).containsExactly("00", "19", "23");
        assertThat(day.averagePrepSeconds()).isEmpty();
        assertThat(day.readyOnTimeShare()).isEmpty();
    }

    @Test
    void anExport_streamsEveryOrderComplete_inTheListsOrder_andHonoursTheFilters() {
        var kitchen = given().kitchen(TOKYO);
        List<Order> placed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            placed.add(kitchen.order().line("Cheeseburger", 1 + i % 2, "Bacon", "Fried egg").lineWithNote("Fries", 1, "crispy")
                    .line("Cola", 2).placedAt(Instant.parse("2026-11-25T03:00:00Z").plusSeconds(60L * i)).place());
        }
        Order accepted = accepted(placed.get(3), 10);
        placed.set(3, database().orders().find(accepted.id()).orElseThrow());
        OrderQuery all = new OrderQuery(kitchen.id(), Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), OrderSort.OLDEST_FIRST, OrderQuery.MAX_LIMIT, Optional.empty());

        List<Order> exported = new ArrayList<>();
        records().inSnapshot(() -> {
            records().export(all, exported::add);
            return null;
        });
        List<Order> newestAccepted = new ArrayList<>();
        records().inSnapshot(() -> {
            records().export(new OrderQuery(kitchen.id(), Set.of(OrderStatus.ACCEPTED), Set.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), OrderSort.NEWEST_FIRST, 1, Optional.empty()), newestAccepted::add);
            return null;
        });

        assertThat(exported).as("complete: lines, options, notes, history").containsExactlyElementsOf(placed);
        assertThat(newestAccepted).containsExactly(placed.get(3));
    }

    @Test
    void aFailureWhileExporting_stopsIt_andGivesTheConnectionBack() {
        var kitchen = given().kitchen(TOKYO);
        for (int i = 0; i < 5; i++) {
            kitchen.order().placedAt(Instant.parse("2026-11-25T03:00:00Z").plusSeconds(i)).place();
        }
        List<Order> seen = new ArrayList<>();
        int before = database().connectionsInUse();

        assertThatThrownBy(() -> records().inSnapshot(() -> {
            records().export(OrderQuery.all(kitchen.id()), order -> {
                seen.add(order);
                if (seen.size() == 2) {
                    throw new java.io.UncheckedIOException(new java.io.IOException("the client went away"));
                }
            });
            return null;
        })).hasMessageContaining("went away");

        assertThat(seen).hasSize(2);
        assertThat(database().connectionsInUse()).isEqualTo(before);
    }

    @Test
    void anExport_readsOneState_whileOrdersArePlacedAndMovedMeanwhile() {
        var kitchen = given().kitchen(TOKYO);
        List<Order> placed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            placed.add(kitchen.order().line("Cheeseburger", 1, "Bacon").line("Cola", 2)
                    .placedAt(Instant.parse("2026-11-25T03:00:00Z").plusSeconds(i)).place());
        }
        List<Order> exported = new ArrayList<>();

        // Outside a snapshot the export opens one of its own; halfway through, another
        // connection accepts an order not read yet and places a newer one.
        records().export(OrderQuery.all(kitchen.id()), order -> {
            exported.add(order);
            if (exported.size() == 3) {
                Thread writer = Thread.ofPlatform().start(() -> {
                    accepted(placed.get(4), 10);
                    kitchen.order().placedAt(Instant.parse("2026-11-25T02:00:00Z")).place();
                });
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        assertThat(exported).as("as they were when the export began").containsExactlyElementsOf(placed.reversed());
        assertThat(database().orders().find(placed.get(4).id()).orElseThrow().status()).isEqualTo(OrderStatus.ACCEPTED);
    }

    @Test
    void aSnapshot_seesOneStateOfTheDatabase_whateverIsWrittenMeanwhile() {
        var kitchen = given().kitchen(TOKYO);
        kitchen.order().placedAt(Instant.parse("2026-11-25T03:00:00Z")).place();
        SummaryPeriod day = SummaryPeriod.day(DAY);

        List<Long> counts = records().inSnapshot(() -> {
            long first = records().summarize(kitchen.restaurant, day).ordersByStatus().get(OrderStatus.PLACED);
            // Another connection places an order while the snapshot is open.
            Thread writer = Thread.ofPlatform().start(() ->
                    kitchen.order().placedAt(Instant.parse("2026-11-25T04:00:00Z")).place());
            try {
                writer.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            long second = records().summarize(kitchen.restaurant, day).ordersByStatus().get(OrderStatus.PLACED);
            return List.of(first, second);
        });

        assertThat(counts).containsExactly(1L, 1L);
        assertThat(records().inSnapshot(() -> records().summarize(kitchen.restaurant, day)).ordersByStatus()
                .get(OrderStatus.PLACED)).as("a later snapshot sees it").isEqualTo(2L);
    }
}
