package dev.chit.domain.station;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.SampleMenu.BURGER;
import static dev.chit.domain.testing.SampleMenu.PIE;
import static dev.chit.domain.testing.SampleMenu.SODA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KitchenStationsTest {

    private final AtomicInteger made = new AtomicInteger();

    private StationId nextId() {
        return new StationId(new UUID(0, made.incrementAndGet()));
    }

    private static StationDraft draft(String name, List<String> categories, List<MenuItemId> items, boolean isDefault,
                                      boolean expo) {
        return new StationDraft(Optional.empty(), name, categories, items, isDefault, expo);
    }

    private KitchenStations setUp(StationDraft... drafts) {
        return KitchenStations.setUp(KitchenStations.none(RESTAURANT_ID), List.of(drafts), SampleMenu.menu(),
                this::nextId);
    }

    private static List<String> fieldsOf(Runnable setUp) {
        try {
            setUp.run();
        } catch (InvalidInput invalid) {
            return invalid.violations().stream().map(Violation::field).toList();
        }
        throw new AssertionError("the stations were accepted");
    }

    @Test
    void aLine_goesToEveryStationNamingItsItemOrCategory_elseToTheDefault() {
        KitchenStations kitchen = setUp(
                draft("Grill", List.of("Mains"), List.of(), true, false),
                draft("Bar", List.of(), List.of(SODA.id()), false, false),
                draft("Pass", List.of("Mains"), List.of(SODA.id()), false, false),
                draft("Expo", List.of(), List.of(), false, true));
        StationId grill = kitchen.stations().get(0).id();
        StationId bar = kitchen.stations().get(1).id();
        StationId pass = kitchen.stations().get(2).id();
        StationRouting routing = kitchen.routingFor(SampleMenu.menu());

        assertThat(routing.stationsFor(BURGER.id())).containsExactly(grill, pass);
        assertThat(routing.stationsFor(SODA.id())).containsExactly(bar, pass);
        // Pie is named by no station (its category is not Mains): the default takes it.
        assertThat(routing.stationsFor(PIE.id())).containsExactly(grill);
        assertThat(kitchen.expo()).map(Station::name).contains("Expo");
    }

    @Test
    void withoutStations_aLineGoesToNone() {
        assertThat(KitchenStations.none(RESTAURANT_ID).routingFor(SampleMenu.menu()).stationsFor(BURGER.id()))
                .isEmpty();
        assertThat(setUp().stations()).isEmpty();
    }

    @Test
    void stations_needExactlyOneDefault() {
        assertThat(fieldsOf(() -> setUp(draft("Grill", List.of(), List.of(), false, false))))
                .containsExactly("stations");
        assertThat(fieldsOf(() -> setUp(draft("Grill", List.of(), List.of(), true, false),
                draft("Bar", List.of(), List.of(), true, false)))).containsExactly("stations");
    }

    @Test
    void aNullAmongTheItemsOrCategories_isNamed_notAFault() {
        List<String> categories = new java.util.ArrayList<>();
        categories.add(null);
        List<MenuItemId> items = new java.util.ArrayList<>();
        items.add(BURGER.id());
        items.add(null);

        assertThat(fieldsOf(() -> setUp(draft("Grill", categories, items, true, false))))
                .containsExactly("stations[0].categoryNames[0]", "stations[0].itemIds[1]");
    }

    @Test
    void atMostOneStation_isExpo() {
        assertThat(fieldsOf(() -> setUp(draft("Grill", List.of(), List.of(), true, true),
                draft("Expo", List.of(), List.of(), false, true)))).containsExactly("stations");
    }

    @Test
    void unknownItemsAndCategories_blankAndDuplicateNames_areEachNamed() {
        assertThat(fieldsOf(() -> setUp(
                draft("Grill", List.of("Mains", "Soups"), List.of(new MenuItemId(new UUID(9, 9))), true, false),
                draft(" ", List.of(), List.of(), false, false),
                draft("grill", List.of(), List.of(), false, false))))
                .containsExactlyInAnyOrder("stations[0].categoryNames[1]", "stations[0].itemIds[0]",
                        "stations[1].name", "stations[2].name");
    }

    @Test
    void anIdSent_mustBeOneOfTheRestaurantsStations_andKeepsItsId() {
        KitchenStations current = setUp(draft("Grill", List.of(), List.of(), true, false));
        StationId grill = current.stations().getFirst().id();

        KitchenStations renamed = KitchenStations.setUp(current, List.of(new StationDraft(Optional.of(grill), "Broiler",
                List.of(), List.of(), true, false)), SampleMenu.menu(), this::nextId);

        assertThat(renamed.stations()).extracting(Station::id, Station::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(grill, "Broiler"));
        assertThat(fieldsOf(() -> KitchenStations.setUp(current, List.of(new StationDraft(Optional.of(nextId()),
                "Grill", List.of(), List.of(), true, false)), SampleMenu.menu(), this::nextId)))
                .containsExactly("stations[0].id");
    }
}
