package dev.chit.adapters.web.menu;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.chit.adapters.web.apps.GuestPayments;
import dev.chit.adapters.web.photos.PhotoService;
import dev.chit.application.menu.MenuView;
import dev.chit.domain.menu.ItemSupply;
import dev.chit.domain.menu.MenuCategory;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.ModifierGroup;
import dev.chit.domain.menu.ModifierOption;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.TaxMode;
import dev.chit.domain.restaurant.TaxPolicy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The menu as guests read it (API.md, "Restaurants and menu"); amounts in minor units. {@code payments}
 * tells the guest's app how to take the card (API.md, "Payments through Stripe").
 */
record MenuJson(RestaurantJson restaurant, List<CategoryJson> categories, PaymentsJson payments) {

    static MenuJson of(MenuView view, GuestPayments payments) {
        TaxPolicy taxes = view.restaurant().settings().taxPolicy();
        return new MenuJson(RestaurantJson.of(view.restaurant(), view.openNow()),
                view.menu().categories().stream().map(category -> CategoryJson.of(category, taxes, view)).toList(),
                PaymentsJson.of(payments, view.stripeAccountId()));
    }

    /**
     * {@code gateway} {@code sandbox} or {@code stripe}; with Stripe, the publishable key, where
     * Stripe.js comes from, and the restaurant's connected account (Stripe.js must make the
     * guest's PaymentMethod on the account that is charged). Parts a gateway does not have are left out.
     */
    record PaymentsJson(String gateway,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String publishableKey,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String scriptUrl,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String stripeAccountId) {

        static PaymentsJson of(GuestPayments payments, Optional<String> stripeAccountId) {
            boolean stripe = payments.gateway().equals(GuestPayments.STRIPE);
            return new PaymentsJson(payments.gateway(), payments.publishableKey().orElse(null),
                    payments.scriptUrl().map(Object::toString).orElse(null),
                    stripe ? stripeAccountId.orElse(null) : null);
        }
    }

    record RestaurantJson(UUID id, String name, String currency, String timezone, boolean acceptingOrders,
                          boolean openNow, long minOrder, int defaultPrepMinutes, TaxMode taxMode) {

        static RestaurantJson of(Restaurant restaurant, boolean openNow) {
            var settings = restaurant.settings();
            return new RestaurantJson(restaurant.id().value(), restaurant.name(),
                    restaurant.currency().getCurrencyCode(), restaurant.timezone().getId(),
                    settings.acceptingOrders(), openNow, settings.minOrder().minorUnits(),
                    settings.defaultPrepMinutes(), settings.taxPolicy().mode());
        }
    }

    record CategoryJson(String name, List<ItemJson> items) {

        static CategoryJson of(MenuCategory category, TaxPolicy taxes, MenuView view) {
            return new CategoryJson(category.name(), category.items().stream()
                    .map(item -> ItemJson.of(item, taxes, view.photoOf(item.id()).map(PhotoService::url),
                            view.supplyOf(item.id()))).toList());
        }
    }

    /**
     * {@code taxCode}: the rate the item pays, the standard one when it names none. {@code photoUrl}
     * is null for an item without a photo; {@code ?w=400} on it is the thumbnail. {@code stock}
     * (portions left, when counted) and {@code availableAgainAt} (when an item sold out for a
     * while comes back) are left out when the item has none; with no portions left it is not
     * {@code available}.
     */
    record ItemJson(UUID id, String name, String description, long price, boolean available,
                    List<GroupJson> modifierGroups, String taxCode, String photoUrl,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Integer stock,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Instant availableAgainAt) {

        static ItemJson of(MenuItem item, TaxPolicy taxes, Optional<String> photoUrl, Optional<ItemSupply> supply) {
            return new ItemJson(item.id().value(), item.name(), item.description(), item.price().minorUnits(),
                    item.available() && supply.map(s -> !s.soldOut()).orElse(true),
                    item.modifierGroups().stream().map(GroupJson::of).toList(),
                    taxes.rateFor(item.taxCode()).code(), photoUrl.orElse(null),
                    supply.flatMap(s -> s.stock().isPresent() ? Optional.of(s.stock().getAsInt()) : Optional.empty())
                            .orElse(null),
                    supply.flatMap(ItemSupply::availableAgainAt).orElse(null));
        }
    }

    record GroupJson(UUID id, String name, int minSelect, int maxSelect, List<OptionJson> options) {

        static GroupJson of(ModifierGroup group) {
            return new GroupJson(group.id().value(), group.name(), group.minSelect(), group.maxSelect(),
                    group.options().stream().map(OptionJson::of).toList());
        }
    }

    record OptionJson(UUID id, String name, long priceDelta) {

        static OptionJson of(ModifierOption option) {
            return new OptionJson(option.id().value(), option.name(), option.priceDelta().minorUnits());
        }
    }
}
