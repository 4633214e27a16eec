package dev.chit.adapters.persistence;

import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.port.OrderPage;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.OrderSort;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.chit.adapters.persistence.Fixtures.minutesAfterNoon;
import static org.assertj.core.api.Assertions.assertThat;

abstract class OrderSearchContract extends ContractBase {

    @Test
    void search_findsOnlyTheRestaurantsOrders_newestFirstByDefault() {
        var kitchen = given().kitchen();
        Order first = kitchen.order().placedAt(minutesAfterNoon(1)).place();
        Order second = kitchen.order().placedAt(minutesAfterNoon(2)).place();
        given().kitchen().order().placedAt(minutesAfterNoon(3)).place();

        OrderPage page = database().orders().search(OrderQuery.all(kitchen.id()));

        assertThat(page.items()).containsExactly(second, first);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void search_filtersOnStatusAndFulfillment() {
        var kitchen = given().kitchen();
        Order pickup = kitchen.order().placedAt(minutesAfterNoon(1)).place();
        Order delivery = kitchen.order().delivery("Via Dante 7").placedAt(minutesAfterNoon(2)).place();
        Order dineIn = kitchen.order().dineIn("4").placedAt(minutesAfterNoon(3)).place();
        Order acceptedDelivery = database().orders().update(delivery.transition(
                TransitionRequest.to(OrderStatus.ACCEPTED).withPrepTime(Duration.ofMinutes(10)),
                Actor.staff(UUID.randomUUID()), minutesAfterNoon(4)).order());

        assertThat(ids(search(kitchen.id(), Set.of(OrderStatus.PLACED), Set.of())))
                .containsExactly(dineIn.id(), pickup.id());
        assertThat(ids(search(kitchen.id(), Set.of(), Set.of(FulfillmentType.DELIVERY, FulfillmentType.DINE_IN))))
                .containsExactly(dineIn.id(), acceptedDelivery.id());
        assertThat(ids(search(kitchen.id(), Set.of(OrderStatus.ACCEPTED), Set.of(FulfillmentType.DELIVERY))))
                .containsExactly(acceptedDelivery.id());
        assertThat(ids(search(kitchen.id(), Set.of(OrderStatus.COMPLETED), Set.of()))).isEmpty();
    }

    @Test
    void search_boundsPlacedAt_fromInclusive_toExclusive() {
        var kitchen = given().kitchen();
        Order before = kitchen.order().placedAt(minutesAfterNoon(9)).place();
        Order atFrom = kitchen.order().placedAt(minutesAfterNoon(10)).place();
        Order inside = kitchen.order().placedAt(minutesAfterNoon(15)).place();
        Order atTo = kitchen.order().placedAt(minutesAfterNoon(20)).place();

        OrderQuery query = new OrderQuery(kitchen.id(), Set.of(), Set.of(), Optional.of(minutesAfterNoon(10)),
                Optional.of(minutesAfterNoon(20)), Optional.empty(), OrderSort.OLDEST_FIRST, 50, Optional.empty());

        assertThat(ids(database().orders().search(query))).containsExactly(atFrom.id(), inside.id());
        assertThat(List.of(before.id(), atTo.id())).doesNotContainAnyElementsOf(ids(database().orders().search(query)));
    }

    @Test
    void textSearch_matchesNumberNameEmailPhoneAndItems_ignoringCase() {
        var kitchen = given().kitchen();
        Order anna = kitchen.order().customer("Anna Rossi", "anna@example.org", Optional.of("+39 333 111 2222"))
                .line("Cola", 1).placedAt(minutesAfterNoon(1)).place();
        Order luca = kitchen.order().customer("Luca Bianchi", "luca@trattoria.it", Optional.empty())
                .line("Cheeseburger", 1, "Bacon").placedAt(minutesAfterNoon(2)).place();

        assertThat(ids(text(kitchen.id(), "ROSSI"))).containsExactly(anna.id());
        assertThat(ids(text(kitchen.id(), "trattoria.IT"))).containsExactly(luca.id());
        assertThat(ids(text(kitchen.id(), "111 2222"))).containsExactly(anna.id());
        assertThat(ids(text(kitchen.id(), "cheeseBURGER"))).containsExactly(luca.id());
        assertThat(ids(text(kitchen.id(), "#" + luca.number()))).containsExactly(luca.id());
        assertThat(ids(text(kitchen.id(), String.valueOf(anna.number())))).contains(anna.id());
        assertThat(ids(text(kitchen.id(), "nobody"))).isEmpty();
    }

    // More orders than a search reads newest first before PostgreSQL asks its trigram indexes
    // (SqlOrders): the old matches, rare among them, must be found all the same, in order.
    @Test
    void textSearch_findsRareMatchesFarBackInALongHistory_inOrder() {
        var kitchen = given().kitchen();
        Order oldest = kitchen.order().customer("Zoe Zabaleta", "zoe@example.org", Optional.empty())
                .line("Cola", 1).placedAt(minutesAfterNoon(0)).place();
        Order older = kitchen.order().customer("Ian Moss", "ian@example.org", Optional.empty())
                .line("Cheeseburger", 1, "Bacon").placedAt(minutesAfterNoon(1)).place();
        for (int order = 0; order < 2_020; order++) {
            kitchen.order().customer("Guest " + order, "guest" + order + "@example.org", Optional.empty())
                    .line("Cola", 1).placedAt(minutesAfterNoon(2).plusSeconds(order)).place();
        }
        Order newest = kitchen.order().customer("Ana Zabaleta", "ana@example.org", Optional.empty())
                .line("Cola", 1).placedAt(minutesAfterNoon(20)).place();

        assertThat(ids(text(kitchen.id(), "zabaleta"))).containsExactly(newest.id(), oldest.id());
        assertThat(ids(text(kitchen.id(), "cheeseburger"))).containsExactly(older.id());
        assertThat(ids(text(kitchen.id(), "#" + older.number()))).containsExactly(older.id());
        // Across two of the guest's fields is no match: "moss" ends the name, "ian@" starts the email.
        assertThat(ids(text(kitchen.id(), "mossian"))).isEmpty();
    }

    @Test
    void textSearch_treatsLikeWildcardsAsPlainCharacters() {
        var kitchen = given().kitchen();
        Order percent = kitchen.order().customer("100% Mario", "mario@example.org", Optional.empty())
                .placedAt(minutesAfterNoon(1)).place();
        Order underscore = kitchen.order().customer("Gi_na", "gina@example.org", Optional.empty())
                .placedAt(minutesAfterNoon(2)).place();
        kitchen.order().customer("Gianna", "gianna@example.org", Optional.empty()).placedAt(minutesAfterNoon(3)).place();

        assertThat(ids(text(kitchen.id(), "0% m"))).containsExactly(percent.id());
        assertThat(ids(text(kitchen.id(), "i_n"))).containsExactly(underscore.id());
        assertThat(ids(text(kitchen.id(), "%"))).containsExactly(percent.id());
        assertThat(ids(text(kitchen.id(), "!"))).isEmpty();
    }

    @Test
    void keysetPagination_walksEveryOrderOnce_inBothDirections_withTiesOnPlacedAt() {
        var kitchen = given().kitchen();
        List<Order> placed = new ArrayList<>();
        for (int minute = 0; minute < 11; minute++) {
            // Three orders share each minute, so pages break inside a run of equal placedAt.
            for (int same = 0; same < 3; same++) {
                placed.add(kitchen.order().placedAt(minutesAfterNoon(minute)).place());
            }
        }

        for (OrderSort sort : OrderSort.values()) {
            List<Order> walked = walk(kitchen.id(), sort, 4);

            assertThat(walked).extracting(Order::id)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(placed.stream().map(Order::id).toList());
            Comparator<Instant> direction = sort == OrderSort.OLDEST_FIRST
                    ? Comparator.naturalOrder()
                    : Comparator.reverseOrder();
            assertThat(walked).extracting(Order::placedAt).isSortedAccordingTo(direction);
        }
    }

    @Test
    void keysetPagination_combinesWithFilters() {
        var kitchen = given().kitchen();
        List<OrderId> deliveries = new ArrayList<>();
        for (int minute = 0; minute < 7; minute++) {
            kitchen.order().customer("Dante Alighieri", "dante@example.org", Optional.empty())
                    .placedAt(minutesAfterNoon(minute)).place();
            kitchen.order().delivery("Via Roma " + minute).placedAt(minutesAfterNoon(minute)).place();
            deliveries.add(kitchen.order().delivery("Via Dante " + minute)
                    .customer("Dante Alighieri", "dante@example.org", Optional.empty())
                    .placedAt(minutesAfterNoon(minute)).place().id());
        }

        OrderQuery firstPage = new OrderQuery(kitchen.id(), Set.of(), Set.of(FulfillmentType.DELIVERY),
                Optional.empty(), Optional.empty(), Optional.of("dante"), OrderSort.OLDEST_FIRST, 3,
                Optional.empty());
        List<OrderId> walked = new ArrayList<>();
        OrderPage page = database().orders().search(firstPage);
        walked.addAll(ids(page));
        while (page.next().isPresent()) {
            page = database().orders().search(firstPage.after(page.next().get()));
            walked.addAll(ids(page));
        }

        assertThat(walked).containsExactlyElementsOf(deliveries);
    }

    @Test
    void lastFullPage_hasNoNextCursor() {
        var kitchen = given().kitchen();
        for (int minute = 0; minute < 4; minute++) {
            kitchen.order().placedAt(minutesAfterNoon(minute)).place();
        }

        OrderPage page = database().orders().search(OrderQuery.all(kitchen.id()).withLimit(4));

        assertThat(page.items()).hasSize(4);
        assertThat(page.next()).isEmpty();
    }

    private List<Order> walk(RestaurantId restaurantId, OrderSort sort, int limit) {
        OrderQuery query = new OrderQuery(restaurantId, Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), sort, limit, Optional.empty());
        List<Order> walked = new ArrayList<>();
        OrderPage page = database().orders().search(query);
        walked.addAll(page.items());
        while (page.next().isPresent()) {
            assertThat(page.items()).hasSize(limit);
            page = database().orders().search(query.after(page.next().get()));
            walked.addAll(page.items());
        }
        return walked;
    }

    private OrderPage search(RestaurantId restaurantId, Set<OrderStatus> statuses, Set<FulfillmentType> fulfillments) {
        return database().orders().search(new OrderQuery(restaurantId, statuses, fulfillments, Optional.empty(),
                Optional.empty(), Optional.empty(), OrderSort.NEWEST_FIRST, 50, Optional.empty()));
    }

    private OrderPage text(RestaurantId restaurantId, String text) {
        return database().orders().search(new OrderQuery(restaurantId, Set.of(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.of(text), OrderSort.NEWEST_FIRST, 50, Optional.empty()));
    }

    private static List<OrderId> ids(OrderPage page) {
        return page.items().stream().map(Order::id).toList();
    }
}
