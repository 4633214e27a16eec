package dev.chit.adapters.persistence.menus;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuCategory;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.ModifierGroup;
import dev.chit.domain.menu.ModifierOption;
import dev.chit.domain.money.Money;
import io.helidon.dbclient.DbRow;

import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;
import static dev.chit.adapters.persistence.sql.Statements.placeholders;

/**
 * Replaces a restaurant's menu with a new one, in the caller's transaction.
 *
 * <p>Items, groups and options are matched by id: those in the new menu are updated or
 * inserted. Those no longer in it are deleted, unless something must keep pointing at them:
 * an item or option that a past order line names, or a group holding such an option, or an
 * item holding such a group. Those are <em>retired</em> instead (and an item made
 * unavailable): hidden from the menu, kept for the foreign keys. Putting a retired id back on
 * the menu brings it back. Categories have no identity in the domain and are rewritten.
 */
final class MenuReplacement {

    private static final String LOCK_RESTAURANT = "SELECT currency FROM restaurants WHERE id = ? FOR UPDATE";
    // Tells every instance's menu cache (SqlMenus) that its copy is old, once this commits.
    private static final String NEW_VERSION = "UPDATE restaurants SET menu_version = menu_version + 1 WHERE id = ?";

    private static final String DELETE_CATEGORIES = "DELETE FROM menu_categories WHERE restaurant_id = ?";
    private static final String INSERT_CATEGORY =
            "INSERT INTO menu_categories (id, restaurant_id, position, name) VALUES (?, ?, ?, ?)";

    private static final String UPDATE_ITEM = """
            UPDATE menu_items SET category_id = ?, position = ?, name = ?, description = ?, price = ?,
                available = ?, tax_code = ?, retired = FALSE
            WHERE id = ?""";
    private static final String INSERT_ITEM = """
            INSERT INTO menu_items (category_id, position, name, description, price, available, tax_code, id,
                restaurant_id, retired)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""";

    private static final String UPDATE_GROUP = """
            UPDATE modifier_groups SET item_id = ?, position = ?, name = ?, min_select = ?, max_select = ?,
                retired = FALSE
            WHERE id = ?""";
    private static final String INSERT_GROUP = """
            INSERT INTO modifier_groups (item_id, position, name, min_select, max_select, id, restaurant_id, retired)
            VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)""";

    private static final String UPDATE_OPTION = """
            UPDATE modifier_options SET group_id = ?, position = ?, name = ?, price_delta = ?, retired = FALSE
            WHERE id = ?""";
    private static final String INSERT_OPTION = """
            INSERT INTO modifier_options (group_id, position, name, price_delta, id, restaurant_id, retired)
            VALUES (?, ?, ?, ?, ?, ?, FALSE)""";

    private final Statements sql;
    private final Menu menu;
    private final UUID restaurantId;

    MenuReplacement(Statements sql, Menu menu) {
        this.sql = sql;
        this.menu = menu;
        this.restaurantId = menu.restaurantId().value();
    }

    Void run() {
        Currency currency = lockRestaurant();
        sql.update("menu-new-version", NEW_VERSION, restaurantId);
        Wanted wanted = Wanted.from(menu, currency);
        Set<UUID> ownItems = ids("menu-own-item-ids", "SELECT id FROM menu_items WHERE restaurant_id = ?");
        Set<UUID> ownGroups = ids("menu-own-group-ids", "SELECT id FROM modifier_groups WHERE restaurant_id = ?");
        Set<UUID> ownOptions = ids("menu-own-option-ids", "SELECT id FROM modifier_options WHERE restaurant_id = ?");
        refuseIdsOfOtherRestaurants("menu_items", wanted.itemIds(), ownItems);
        refuseIdsOfOtherRestaurants("modifier_groups", wanted.groupIds(), ownGroups);
        refuseIdsOfOtherRestaurants("modifier_options", wanted.optionIds(), ownOptions);

        sql.update("menu-categories-delete", DELETE_CATEGORIES, restaurantId);
        for (int position = 0; position < menu.categories().size(); position++) {
            MenuCategory category = menu.categories().get(position);
            UUID categoryId = UUID.randomUUID();
            sql.update("menu-category-insert", INSERT_CATEGORY, categoryId, restaurantId, position, category.name());
            writeItems(categoryId, category.items(), ownItems, ownGroups, ownOptions);
        }

        retireOrDeleteOptions(difference(ownOptions, wanted.optionIds()));
        retireOrDeleteGroups(difference(ownGroups, wanted.groupIds()));
        retireOrDeleteItems(difference(ownItems, wanted.itemIds()));
        return null;
    }

    private Currency lockRestaurant() {
        // Two managers saving the menu at once: the second waits, then replaces the first's.
        return sql.get("menu-lock-restaurant", LOCK_RESTAURANT, restaurantId)
                .map(row -> Currency.getInstance(text(row, "currency").strip()))
                .orElseThrow(() -> new NotFound("restaurant", menu.restaurantId()));
    }

    private void writeItems(UUID categoryId, List<MenuItem> items,
                            Set<UUID> ownItems, Set<UUID> ownGroups, Set<UUID> ownOptions) {
        for (int position = 0; position < items.size(); position++) {
            MenuItem item = items.get(position);
            UUID itemId = item.id().value();
            if (ownItems.contains(itemId)) {
                sql.update("menu-item-update", UPDATE_ITEM, categoryId, position, item.name(), item.description(),
                        item.price().minorUnits(), item.available(), item.taxCode(), itemId);
            } else {
                sql.update("menu-item-insert", INSERT_ITEM, categoryId, position, item.name(), item.description(),
                        item.price().minorUnits(), item.available(), item.taxCode(), itemId, restaurantId);
            }
            writeGroups(itemId, item.modifierGroups(), ownGroups, ownOptions);
        }
    }

    private void writeGroups(UUID itemId, List<ModifierGroup> groups, Set<UUID> ownGroups, Set<UUID> ownOptions) {
        for (int position = 0; position < groups.size(); position++) {
            ModifierGroup group = groups.get(position);
            UUID groupId = group.id().value();
            if (ownGroups.contains(groupId)) {
                sql.update("menu-group-update", UPDATE_GROUP, itemId, position, group.name(), group.minSelect(),
                        group.maxSelect(), groupId);
            } else {
                sql.update("menu-group-insert", INSERT_GROUP, itemId, position, group.name(), group.minSelect(),
                        group.maxSelect(), groupId, restaurantId);
            }
            writeOptions(groupId, group.options(), ownOptions);
        }
    }

    private void writeOptions(UUID groupId, List<ModifierOption> options, Set<UUID> ownOptions) {
        for (int position = 0; position < options.size(); position++) {
            ModifierOption option = options.get(position);
            UUID optionId = option.id().value();
            long delta = option.priceDelta().minorUnits();
            if (ownOptions.contains(optionId)) {
                sql.update("menu-option-update", UPDATE_OPTION, groupId, position, option.name(), delta, optionId);
            } else {
                sql.update("menu-option-insert", INSERT_OPTION, groupId, position, option.name(), delta, optionId,
                        restaurantId);
            }
        }
    }

    private void retireOrDeleteOptions(Set<UUID> gone) {
        Set<UUID> keep = ids("menu-options-sold", "SELECT DISTINCT option_id AS id FROM order_line_options"
                + " WHERE option_id IN (%s)", gone);
        retireOrDelete(gone, keep, "modifier_options", "retired = TRUE");
    }

    private void retireOrDeleteGroups(Set<UUID> gone) {
        Set<UUID> keep = ids("menu-groups-holding-options", "SELECT DISTINCT group_id AS id FROM modifier_options"
                + " WHERE group_id IN (%s)", gone);
        retireOrDelete(gone, keep, "modifier_groups", "retired = TRUE");
    }

    private void retireOrDeleteItems(Set<UUID> gone) {
        Set<UUID> keep = ids("menu-items-sold", "SELECT DISTINCT menu_item_id AS id FROM order_lines"
                + " WHERE menu_item_id IN (%s)", gone);
        keep.addAll(ids("menu-items-holding-groups", "SELECT DISTINCT item_id AS id FROM modifier_groups"
                + " WHERE item_id IN (%s)", gone));
        retireOrDelete(gone, keep, "menu_items", "retired = TRUE, available = FALSE");
    }

    // Table and column names here come from the constants above, never from input.
    private void retireOrDelete(Set<UUID> gone, Set<UUID> keep, String table, String retirement) {
        Set<UUID> delete = difference(gone, keep);
        if (!keep.isEmpty()) {
            sql.update(table + "-retire", "UPDATE " + table + " SET " + retirement
                    + " WHERE id IN (" + placeholders(keep.size()) + ")", List.copyOf(keep));
        }
        if (!delete.isEmpty()) {
            sql.update(table + "-delete", "DELETE FROM " + table
                    + " WHERE id IN (" + placeholders(delete.size()) + ")", List.copyOf(delete));
        }
    }

    private void refuseIdsOfOtherRestaurants(String table, Set<UUID> wanted, Set<UUID> own) {
        Set<UUID> taken = ids(table + "-taken-ids", "SELECT id FROM " + table + " WHERE id IN (%s)",
                difference(wanted, own));
        if (!taken.isEmpty()) {
            throw new InvalidInput("categories", "id-taken",
                    "the id " + taken.iterator().next() + " is already in use; leave ids out for new entries");
        }
    }

    private Set<UUID> ids(String name, String statement) {
        return toIds(sql.query(name, statement, restaurantId));
    }

    /** Runs {@code template} with its {@code %s} replaced by an IN list for {@code in}. */
    private Set<UUID> ids(String name, String template, Set<UUID> in) {
        if (in.isEmpty()) {
            return new HashSet<>();
        }
        return toIds(sql.query(name, template.formatted(placeholders(in.size())), List.copyOf(in)));
    }

    private static Set<UUID> toIds(List<DbRow> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(row -> ids.add(uuid(row, "id")));
        return ids;
    }

    private static Set<UUID> difference(Set<UUID> from, Set<UUID> minus) {
        Set<UUID> rest = new LinkedHashSet<>(from);
        rest.removeAll(minus);
        return rest;
    }

    /** The ids the new menu holds, each once, and its prices in the restaurant's currency. */
    private record Wanted(Set<UUID> itemIds, Set<UUID> groupIds, Set<UUID> optionIds) {

        static Wanted from(Menu menu, Currency currency) {
            Set<UUID> items = new HashSet<>();
            Set<UUID> groups = new HashSet<>();
            Set<UUID> options = new HashSet<>();
            for (MenuCategory category : menu.categories()) {
                for (MenuItem item : category.items()) {
                    requireOnce(items, item.id().value());
                    requireCurrency(item.price(), currency);
                    for (ModifierGroup group : item.modifierGroups()) {
                        requireOnce(groups, group.id().value());
                        for (ModifierOption option : group.options()) {
                            requireOnce(options, option.id().value());
                            requireCurrency(option.priceDelta(), currency);
                        }
                    }
                }
            }
            return new Wanted(items, groups, options);
        }

        private static void requireOnce(Set<UUID> seen, UUID id) {
            if (!seen.add(id)) {
                throw new InvalidInput("categories", "duplicate-id", "the id " + id + " appears twice on the menu");
            }
        }

        private static void requireCurrency(Money amount, Currency currency) {
            if (!amount.currency().equals(currency)) {
                throw new InvalidInput("categories", "currency-mismatch",
                        "menu prices must be in the restaurant's currency " + currency.getCurrencyCode());
            }
        }
    }
}
