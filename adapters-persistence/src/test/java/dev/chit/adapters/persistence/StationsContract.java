package dev.chit.adapters.persistence;

import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Customer;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.port.Stations;
import dev.chit.domain.station.KitchenStations;
import dev.chit.domain.station.Station;
import dev.chit.domain.station.StationId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.chit.adapters.persistence.Fixtures.NOON;
import static org.assertj.core.api.Assertions.assertThat;

/** The kitchen's stations, and the stations each order line was sent to. */
abstract class StationsContract extends ContractBase {

    private Stations stations() {
        return database().stations();
    }

    private static Station station(String name, Set<String> categories, Set<dev.chit.domain.menu.MenuItemId> items,
                                   boolean isDefault, boolean expo) {
        return new Station(new StationId(UUID.randomUUID()), name, categories, items, isDefault, expo);
    }

    private void replace(KitchenStations next) {
        database().transactions().inTransaction(() -> {
            stations().replace(next);
            return null;
        });
    }

    @Test
    void aRestaurantWithoutStations_hasNone() {
        Fixtures.Kitchen kitchen = given().kitchen();

        assertThat(stations().of(kitchen.id()).stations()).isEmpty();
    }

    @Test
    void stations_areReadBackAsWritten_inTheirOrder() {
        Fixtures.Kitchen kitchen = given().kitchen();
        var cola = kitchen.item("Cola").id();
        KitchenStations written = new KitchenStations(kitchen.id(), List.of(
                station("Grill", Set.of("Burgers"), Set.of(), true, false),
                station("Bar", Set.of("Drinks"), Set.of(cola), false, false),
                station("Expo", Set.of(), Set.of(), false, true)));

        replace(written);

        assertThat(stations().of(kitchen.id())).isEqualTo(written);
    }

    @Test
    void replacing_keepsStationsByIdRenamed_addsNewOnes_andRemovesTheRest() {
        Fixtures.Kitchen kitchen = given().kitchen();
        Station grill = station("Grill", Set.of("Burgers"), Set.of(), true, false);
        Station bar = station("Bar", Set.of("Drinks"), Set.of(), false, false);
        replace(new KitchenStations(kitchen.id(), List.of(grill, bar)));

        Station broiler = new Station(grill.id(), "Broiler", Set.of(), Set.of(kitchen.item("Fries").id()), true, false);
        Station expo = station("Expo", Set.of(), Set.of(), false, true);
        KitchenStations next = new KitchenStations(kitchen.id(), List.of(expo, broiler));
        replace(next);

        assertThat(stations().of(kitchen.id())).isEqualTo(next);
    }

    @Test
    void eachRestaurant_seesOnlyItsOwnStations() {
        Fixtures.Kitchen mine = given().kitchen();
        Fixtures.Kitchen theirs = given().kitchen();
        replace(new KitchenStations(theirs.id(), List.of(station("Grill", Set.of(), Set.of(), true, false))));

        replace(new KitchenStations(mine.id(), List.of(station("Bar", Set.of(), Set.of(), true, false))));

        assertThat(stations().of(theirs.id()).stations()).extracting(Station::name).containsExactly("Grill");
        assertThat(stations().of(mine.id()).stations()).extracting(Station::name).containsExactly("Bar");
    }

    @Test
    void anOrdersLines_keepTheirStations_andWhenTheyWereDone() {
        Fixtures.Kitchen kitchen = given().kitchen();
        StationId grill = new StationId(UUID.randomUUID());
        StationId pass = new StationId(UUID.randomUUID());
        var quote = kitchen.order().line("Cheeseburger", 1).line("Cola", 2).quote();
        Order placed = database().transactions().inTransaction(() -> {
            Order order = Order.place(new OrderId(UUID.randomUUID()), database().orders().nextNumber(kitchen.id()),
                    quote, new Customer("Anna Rossi", "anna@example.org", Optional.empty()), Optional.empty(), PaymentStatus.AUTHORIZED,
                    Actor.customer(), () -> new OrderLineId(UUID.randomUUID()),
                    item -> item.equals(kitchen.item("Cola").id()) ? List.of() : List.of(grill, pass), NOON).order();
            database().orders().add(order);
            return order;
        });

        Order read = database().orders().find(placed.id()).orElseThrow();

        assertThat(read.lines()).extracting(OrderLine::stationIds).containsExactly(List.of(grill, pass), List.of());
        assertThat(read.lines()).extracting(OrderLine::doneAt).containsOnly(Optional.empty());
    }
}
