package dev.chit.domain.station;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuCategory;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static dev.chit.domain.error.Checks.text;

/**
 * A restaurant's stations, checked as a whole: none at all (every line is for no station), or
 * exactly one default station and at most one expo station, with distinct names, naming only
 * items and categories of the menu. A line goes to every station that names its item or its
 * item's category, else to the default station.
 */
public record KitchenStations(RestaurantId restaurantId, List<Station> stations) {

    public static final int MAX_STATIONS = 20;
    public static final int MAX_NAME_LENGTH = 60;

    public KitchenStations {
        Objects.requireNonNull(restaurantId, "restaurantId");
        stations = List.copyOf(stations);
        if (!stations.isEmpty() && stations.stream().filter(Station::isDefault).count() != 1) {
            throw new IllegalArgumentException("a restaurant with stations has exactly one default station");
        }
        if (stations.stream().filter(Station::expo).count() > 1) {
            throw new IllegalArgumentException("a restaurant has at most one expo station");
        }
    }

    public static KitchenStations none(RestaurantId restaurantId) {
        return new KitchenStations(restaurantId, List.of());
    }

    /**
     * The stations a manager sent, checked against the menu; new ones get an id from {@code ids},
     * and an {@code id} sent must be one of {@code current}'s.
     *
     * @throws InvalidInput naming every field in error ({@code stations[1].itemIds[0]})
     */
    public static KitchenStations setUp(KitchenStations current, List<StationDraft> drafts, Menu menu,
                                        Supplier<StationId> ids) {
        List<Violation> wrong = new ArrayList<>();
        if (drafts.size() > MAX_STATIONS) {
            wrong.add(new Violation("stations", "too-many", "at most " + MAX_STATIONS + " stations"));
        }
        Set<String> categories = new HashSet<>();
        Set<MenuItemId> items = new HashSet<>();
        for (MenuCategory category : menu.categories()) {
            categories.add(category.name());
            category.items().forEach(item -> items.add(item.id()));
        }
        Set<String> names = new HashSet<>();
        Set<StationId> seenIds = new HashSet<>();
        List<Station> stations = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            StationDraft draft = drafts.get(i);
            String at = "stations[" + i + "]";
            Optional<String> name = checkedName(draft.name(), at + ".name", wrong);
            name.filter(n -> !names.add(n.toLowerCase(Locale.ROOT))).ifPresent(n ->
                    wrong.add(new Violation(at + ".name", "duplicate", "another station is called " + n)));
            draft.id().filter(id -> current.station(id).isEmpty()).ifPresent(id ->
                    wrong.add(new Violation(at + ".id", "unknown", "the restaurant has no station " + id)));
            draft.id().filter(id -> !seenIds.add(id)).ifPresent(id ->
                    wrong.add(new Violation(at + ".id", "duplicate", "station " + id + " is listed twice")));
            for (int c = 0; c < draft.categoryNames().size(); c++) {
                String category = draft.categoryNames().get(c);
                if (category == null || !categories.contains(category)) {
                    wrong.add(new Violation(at + ".categoryNames[" + c + "]", "unknown",
                            "the menu has no category " + category));
                }
            }
            for (int c = 0; c < draft.itemIds().size(); c++) {
                MenuItemId item = draft.itemIds().get(c);
                if (item == null || !items.contains(item)) {
                    wrong.add(new Violation(at + ".itemIds[" + c + "]", "unknown", "the menu has no item " + item));
                }
            }
            stations.add(new Station(draft.id().orElseGet(ids), name.orElse(""),
                    new LinkedHashSet<>(draft.categoryNames().stream().filter(Objects::nonNull).toList()),
                    new LinkedHashSet<>(draft.itemIds().stream().filter(Objects::nonNull).toList()),
                    draft.isDefault(), draft.expo()));
        }
        long defaults = drafts.stream().filter(StationDraft::isDefault).count();
        if (!drafts.isEmpty() && defaults != 1) {
            wrong.add(new Violation("stations", defaults == 0 ? "no-default" : "several-defaults",
                    "exactly one station must be the default (it takes every line no station names)"));
        }
        if (drafts.stream().filter(StationDraft::expo).count() > 1) {
            wrong.add(new Violation("stations", "several-expos", "at most one station may be expo"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput(wrong);
        }
        return new KitchenStations(current.restaurantId(), stations);
    }

    private static Optional<String> checkedName(String name, String field, List<Violation> wrong) {
        try {
            return Optional.of(text(name, field, MAX_NAME_LENGTH));
        } catch (InvalidInput invalid) {
            wrong.addAll(invalid.violations());
            return Optional.empty();
        }
    }

    public Optional<Station> station(StationId id) {
        return stations.stream().filter(station -> station.id().equals(id)).findFirst();
    }

    public Optional<Station> expo() {
        return stations.stream().filter(Station::expo).findFirst();
    }

    /** Every station naming the item or its category, else the default; none without stations. */
    public List<StationId> route(MenuItemId item, String category) {
        List<StationId> naming = stations.stream().filter(station -> station.names(item, category))
                .map(Station::id).toList();
        if (!naming.isEmpty()) {
            return naming;
        }
        return stations.stream().filter(Station::isDefault).map(Station::id).toList();
    }

    /** The routing of the menu's items (an item the menu lacks goes to the default station). */
    public StationRouting routingFor(Menu menu) {
        if (stations.isEmpty()) {
            return StationRouting.NONE;
        }
        Map<MenuItemId, String> categoryOf = new HashMap<>();
        for (MenuCategory category : menu.categories()) {
            for (MenuItem item : category.items()) {
                categoryOf.put(item.id(), category.name());
            }
        }
        return item -> route(item, categoryOf.getOrDefault(item, ""));
    }
}
