package dev.chit.application.menu;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.error.Violation;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuCategory;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierGroup;
import dev.chit.domain.menu.ModifierGroupId;
import dev.chit.domain.menu.ModifierOption;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.money.Money;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.TaxPolicy;
import dev.chit.domain.restaurant.TaxRate;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A manager replaces the menu. New rows get time-ordered ids; rows whose ids are kept stay the
 * same rows. Items and options that past orders name are never deleted, only retired (the
 * {@link Menus} port promises that), and orders keep the names and prices they were sold at.
 */
public final class ReplaceMenu {

    private final Restaurants restaurants;
    private final Menus menus;
    private final Transactions transactions;
    private final IdGenerator ids;

    public ReplaceMenu(Restaurants restaurants, Menus menus, Transactions transactions, IdGenerator ids) {
        this.restaurants = restaurants;
        this.menus = menus;
        this.transactions = transactions;
        this.ids = ids;
    }

    /**
     * @return the menu as stored
     * @throws dev.chit.application.access.NotPermitted unless the caller manages the restaurant
     * @throws InvalidInput naming each mistake by its place ({@code categories[0].items[2].price})
     */
    public Menu replace(Caller caller, RestaurantId restaurantId, MenuDraft draft) {
        caller.requireManagerOf(restaurantId);
        return transactions.inTransaction(() -> {
            Restaurant restaurant = restaurants.find(restaurantId)
                    .orElseThrow(() -> new NotFound("restaurant", restaurantId));
            Menu menu = new Builder(restaurant.currency(), restaurant.settings().taxPolicy()).menu(restaurantId, draft);
            menus.replace(menu);
            return menus.find(restaurantId).orElse(menu);
        });
    }

    /** Builds the domain's menu, collecting what its constructors refuse under the draft's paths. */
    private final class Builder {

        private final Currency currency;
        private final TaxPolicy taxPolicy;
        private final List<Violation> violations = new ArrayList<>();

        Builder(Currency currency, TaxPolicy taxPolicy) {
            this.currency = currency;
            this.taxPolicy = taxPolicy;
        }

        Menu menu(RestaurantId restaurantId, MenuDraft draft) {
            List<MenuCategory> categories = new ArrayList<>();
            for (int c = 0; c < draft.categories().size(); c++) {
                MenuDraft.Category category = draft.categories().get(c);
                String at = "categories[" + c + "]";
                List<MenuItem> items = new ArrayList<>();
                for (int i = 0; i < category.items().size(); i++) {
                    item(category.items().get(i), at + ".items[" + i + "]").ifPresent(items::add);
                }
                build(at, () -> new MenuCategory(category.name(), items)).ifPresent(categories::add);
            }
            if (!violations.isEmpty()) {
                throw new InvalidInput(violations);
            }
            return new Menu(restaurantId, categories);
        }

        private Optional<MenuItem> item(MenuDraft.Item item, String at) {
            List<ModifierGroup> groups = new ArrayList<>();
            for (int g = 0; g < item.modifierGroups().size(); g++) {
                group(item.modifierGroups().get(g), at + ".modifierGroups[" + g + "]").ifPresent(groups::add);
            }
            MenuItemId id = new MenuItemId(item.id().orElseGet(ids::next));
            return build(at, () -> new MenuItem(id, item.name(), item.description(), Money.of(item.price(), currency),
                    item.available(), groups, taxCode(item)));
        }

        // Stored as the restaurant spells it, so the menu shows one spelling.
        private Optional<String> taxCode(MenuDraft.Item item) {
            return item.taxCode().map(code -> taxPolicy.rate(code).map(TaxRate::code).orElseThrow(
                    () -> new InvalidInput("taxCode", "unknown-tax-code",
                            "the restaurant has no tax rate " + code + "; its rates are named in taxRates")));
        }

        private Optional<ModifierGroup> group(MenuDraft.Group group, String at) {
            List<ModifierOption> options = new ArrayList<>();
            for (int o = 0; o < group.options().size(); o++) {
                MenuDraft.Option option = group.options().get(o);
                ModifierOptionId id = new ModifierOptionId(option.id().orElseGet(ids::next));
                build(at + ".options[" + o + "]",
                        () -> new ModifierOption(id, option.name(), Money.of(option.priceDelta(), currency)))
                        .ifPresent(options::add);
            }
            ModifierGroupId id = new ModifierGroupId(group.id().orElseGet(ids::next));
            return build(at, () -> new ModifierGroup(id, group.name(), group.minSelect(), group.maxSelect(), options));
        }

        // The domain names the field of the row it checks ("price", "modifierGroups.minSelect");
        // the manager needs the row too, so the last part of its name goes under the row's path.
        private <T> Optional<T> build(String at, Supplier<T> make) {
            try {
                return Optional.of(make.get());
            } catch (InvalidInput invalid) {
                invalid.violations().forEach(v -> violations.add(new Violation(
                        at + "." + v.field().substring(v.field().lastIndexOf('.') + 1), v.code(), v.message())));
                return Optional.empty();
            }
        }
    }
}
