package dev.chit.adapters.persistence.menus;

import dev.chit.domain.menu.MenuCategory;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierGroup;
import dev.chit.domain.menu.ModifierGroupId;
import dev.chit.domain.menu.ModifierOption;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.money.Money;
import io.helidon.dbclient.DbRow;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.adapters.persistence.sql.Columns.bool;
import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalUuid;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/**
 * Reading a menu: the four menu tables, each read whole for the restaurant in position order
 * (four queries, however large the menu), and put together into the domain's menu. Retired
 * rows, kept only because past orders refer to them, are left out.
 */
final class MenuRows {

    static final String RESTAURANT_VERSION = "SELECT currency, menu_version FROM restaurants WHERE id = ?";

    static final String CATEGORIES =
            "SELECT id, name FROM menu_categories WHERE restaurant_id = ? ORDER BY position";

    static final String ITEMS = """
            SELECT id, category_id, name, description, price, available, tax_code FROM menu_items
            WHERE restaurant_id = ? AND retired = FALSE ORDER BY position, id""";

    static final String GROUPS = """
            SELECT id, item_id, name, min_select, max_select FROM modifier_groups
            WHERE restaurant_id = ? AND retired = FALSE ORDER BY position, id""";

    static final String OPTIONS = """
            SELECT id, group_id, name, price_delta FROM modifier_options
            WHERE restaurant_id = ? AND retired = FALSE ORDER BY position, id""";

    private MenuRows() {
    }

    static List<MenuCategory> categories(Currency currency, List<DbRow> categories, List<DbRow> items,
                                         List<DbRow> groups, List<DbRow> options) {
        Map<UUID, List<ModifierOption>> optionsByGroup = new LinkedHashMap<>();
        for (DbRow row : options) {
            optionsByGroup.computeIfAbsent(uuid(row, "group_id"), id -> new ArrayList<>())
                    .add(new ModifierOption(new ModifierOptionId(uuid(row, "id")), text(row, "name"),
                            Money.of(longValue(row, "price_delta"), currency)));
        }
        Map<UUID, List<ModifierGroup>> groupsByItem = new LinkedHashMap<>();
        for (DbRow row : groups) {
            UUID groupId = uuid(row, "id");
            groupsByItem.computeIfAbsent(uuid(row, "item_id"), id -> new ArrayList<>())
                    .add(new ModifierGroup(new ModifierGroupId(groupId), text(row, "name"),
                            intValue(row, "min_select"), intValue(row, "max_select"),
                            optionsByGroup.getOrDefault(groupId, List.of())));
        }
        Map<UUID, List<MenuItem>> itemsByCategory = new LinkedHashMap<>();
        for (DbRow row : items) {
            Optional<UUID> categoryId = optionalUuid(row, "category_id");
            if (categoryId.isEmpty()) {
                continue;
            }
            UUID itemId = uuid(row, "id");
            itemsByCategory.computeIfAbsent(categoryId.get(), id -> new ArrayList<>())
                    .add(new MenuItem(new MenuItemId(itemId), text(row, "name"), text(row, "description"),
                            Money.of(longValue(row, "price"), currency), bool(row, "available"),
                            groupsByItem.getOrDefault(itemId, List.of()),
                            dev.chit.adapters.persistence.sql.Columns.optionalText(row, "tax_code")));
        }
        return categories.stream()
                .map(row -> new MenuCategory(text(row, "name"),
                        itemsByCategory.getOrDefault(uuid(row, "id"), List.of())))
                .toList();
    }
}
