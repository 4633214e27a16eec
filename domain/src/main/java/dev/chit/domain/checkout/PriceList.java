package dev.chit.domain.checkout;

import dev.chit.domain.error.Checks;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.kitchen.KitchenLoad;
import dev.chit.domain.kitchen.PromiseTime;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.ModifierGroup;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.TaxPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The server's only pricing rule (API.md, "Pricing"): prices a cart from the menu and the
 * restaurant's settings, or rejects it with one violation per offending line or field.
 *
 * <ul>
 *   <li>unit price = item price + the chosen options' deltas; line total = unit price x quantity</li>
 *   <li>discount off the subtotal; service fee = discounted subtotal x serviceFeeBasisPoints; tax
 *       per rate on its share, added on top or included in the prices ({@link Charges})</li>
 *   <li>delivery fee for DELIVERY only; tips and delivery fees are not taxed</li>
 * </ul>
 */
public final class PriceList {

    public static final int MAX_QUANTITY_PER_LINE = 99;
    public static final int MAX_ITEMS_PER_ORDER = 200;
    public static final int MAX_NOTE_LENGTH = 500;
    public static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(7);
    /** The violation code of a scheduled time whose slot the kitchen has no room left in. */
    public static final String SLOT_FULL = "slot-full";

    private final Restaurant restaurant;
    private final Menu menu;

    public PriceList(Restaurant restaurant, Menu menu) {
        if (!menu.restaurantId().equals(restaurant.id())) {
            throw new IllegalArgumentException("menu of " + menu.restaurantId() + " is not the menu of " + restaurant.id());
        }
        this.restaurant = restaurant;
        this.menu = menu;
    }

    /**
     * Prices {@code cart} as of {@code now}.
     *
     * @throws RestaurantClosed when the restaurant would not take it (asked only once a
     *                          scheduled time is within range)
     * @throws InvalidInput     listing everything wrong with the cart
     */
    public Quote quote(Cart cart, Instant now) {
        return quote(cart, now, KitchenLoad.idle());
    }

    /**
     * Prices {@code cart} as of {@code now}, promising it as the kitchen's {@code load} allows; a
     * scheduled cart whose slot is full is refused ({@code scheduledFor}, {@code slot-full}).
     *
     * @throws RestaurantClosed when the restaurant would not take it
     * @throws InvalidInput     listing everything wrong with the cart
     */
    public Quote quote(Cart cart, Instant now, KitchenLoad load) {
        return quote(cart, now, load, Discount.NONE);
    }

    /**
     * Prices {@code cart} as of {@code now} with {@code discount} off its subtotal (capped at the
     * subtotal), promising it as the kitchen's {@code load} allows.
     *
     * @throws RestaurantClosed when the restaurant would not take it
     * @throws InvalidInput     listing everything wrong with the cart
     */
    public Quote quote(Cart cart, Instant now, KitchenLoad load, Discount discount) {
        List<Violation> violations = new ArrayList<>();
        checkSchedule(cart, now, violations);
        PromiseTime promiseTime = new PromiseTime(restaurant.settings());
        Instant wantedAt = cart.scheduledFor().orElse(now);
        // A time in the past or beyond the week says nothing about the restaurant's hours: the
        // guest must pick another time, so they are told that rather than "closed at <time>".
        if (violations.isEmpty()) {
            requireTakingOrders(now, wantedAt);
        }
        if (violations.isEmpty() && isSlotFull(promiseTime, load, cart.scheduledFor(), now)) {
            violations.add(new Violation("scheduledFor", SLOT_FULL,
                    "the kitchen is fully booked at that time; choose another slot"));
        }
        checkFulfillment(cart.fulfillment(), violations);
        checkTip(cart.tip(), violations);
        if (cart.lines().isEmpty()) {
            violations.add(new Violation("lines", "empty-cart", "the cart has no lines"));
        } else if (countableItems(cart) > MAX_ITEMS_PER_ORDER) {
            violations.add(new Violation("lines", "too-many-items",
                    "an order holds at most " + MAX_ITEMS_PER_ORDER + " items"));
        }

        List<QuotedLine> lines = new ArrayList<>();
        for (int index = 0; index < cart.lines().size(); index++) {
            priceLine(cart.lines().get(index), "lines[" + index + "]", violations).ifPresent(lines::add);
        }

        Money zero = Money.zero(restaurant.currency());
        Money subtotal = lines.stream().map(QuotedLine::lineTotal).reduce(zero, Money::plus);
        if (violations.isEmpty() && subtotal.isLessThan(restaurant.settings().minOrder())) {
            violations.add(new Violation("lines", "below-minimum",
                    "the subtotal is below the restaurant's minimum order of "
                            + restaurant.settings().minOrder().minorUnits() + " minor units"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }

        TaxPolicy policy = restaurant.settings().taxPolicy();
        List<Charges.Taxed> taxed = lines.stream()
                .map(line -> new Charges.Taxed(line.lineTotal(), policy.rateFor(taxCodeOf(line))))
                .toList();
        Money off = discount.off(subtotal);
        Charges charges = Charges.of(taxed, off.isGreaterThan(subtotal) ? subtotal : off,
                restaurant.settings().serviceFeeBasisPoints(), policy);
        Money deliveryFee = cart.fulfillment().type() == FulfillmentType.DELIVERY
                ? restaurant.settings().deliveryFee()
                : zero;
        Money tip = Money.of(cart.tip(), restaurant.currency());
        Money total;
        try {
            total = subtotal.minus(charges.discount()).plus(charges.serviceFee()).plus(charges.taxAdded())
                    .plus(deliveryFee).plus(tip);
        } catch (ArithmeticException overflow) {
            // Only an absurd tip gets here; it is the guest's input, so a 422 rather than a fault.
            throw new InvalidInput("tip", "too-large", "tip is too large");
        }
        return new Quote(restaurant.id(), lines, completed(cart.fulfillment()), cart.scheduledFor(),
                subtotal, charges.serviceFee(), charges.tax(), deliveryFee, tip, charges.discount(), total,
                promiseTime.forCart(load, cart.scheduledFor(), now), charges.taxes(), charges.taxIncluded(),
                discount.promotion());
    }

    private Optional<String> taxCodeOf(QuotedLine line) {
        return menu.item(line.menuItemId()).flatMap(MenuItem::taxCode);
    }

    // Lines whose quantity is out of range are reported on their own; counting them here too
    // would report one mistake twice.
    private static long countableItems(Cart cart) {
        return cart.lines().stream()
                .mapToLong(CartLine::quantity)
                .filter(quantity -> quantity >= 1 && quantity <= MAX_QUANTITY_PER_LINE)
                .sum();
    }

    private void requireTakingOrders(Instant now, Instant wantedAt) {
        if (!restaurant.settings().acceptingOrders()) {
            throw new RestaurantClosed(restaurant.name() + " is not taking orders right now");
        }
        if (restaurant.settings().isPausedAt(now)) {
            throw new RestaurantClosed(restaurant.name() + " has paused orders until "
                    + restaurant.settings().pausedUntil().orElseThrow());
        }
        if (!restaurant.isOpenAt(wantedAt)) {
            throw new RestaurantClosed(restaurant.name() + " is closed at " + wantedAt);
        }
    }

    /**
     * Whether a cart scheduled for {@code scheduledFor} asks for a slot with no room left. A time
     * sooner than the kitchen could manage anyway is promised as soon as it can, so only a later
     * one books a slot of its own.
     */
    public static boolean isSlotFull(PromiseTime promiseTime, KitchenLoad load, Optional<Instant> scheduledFor,
                                     Instant now) {
        return scheduledFor
                .filter(at -> at.isAfter(promiseTime.asSoonAsPossible(load, now)))
                .map(at -> !promiseTime.slotHasRoom(load, at, now))
                .orElse(false);
    }

    private void checkSchedule(Cart cart, Instant now, List<Violation> violations) {
        cart.scheduledFor().ifPresent(at -> {
            if (!at.isAfter(now)) {
                violations.add(new Violation("scheduledFor", "in-the-past", "scheduledFor must be in the future"));
            } else if (at.isAfter(now.plus(MAX_SCHEDULE_AHEAD))) {
                violations.add(new Violation("scheduledFor", "too-far-ahead",
                        "orders can be scheduled at most 7 days ahead"));
            }
        });
    }

    private void checkFulfillment(Fulfillment fulfillment, List<Violation> violations) {
        String field = DeliveryAddress.FIELD;
        if (fulfillment.type() != FulfillmentType.DELIVERY) {
            fulfillment.address().ifPresent(address -> violations.add(new Violation(field, "not-allowed",
                    "only a delivery has an address")));
        } else if (fulfillment.address().isEmpty()) {
            violations.add(new Violation(field, "required", "a delivery needs an address"));
        } else {
            DeliveryAddress address = fulfillment.address().get();
            if (address.city().isEmpty()) {
                violations.add(new Violation(field + ".city", "required", field + ".city is required"));
            }
            if (address.postalCode().isEmpty()) {
                violations.add(new Violation(field + ".postalCode", "required", field + ".postalCode is required"));
            }
            if (address.country().isEmpty() && restaurant.country().isEmpty()) {
                violations.add(new Violation(field + ".country", "required", field + ".country is required: "
                        + restaurant.name() + " has no country to assume"));
            }
        }
        if (fulfillment.type() == FulfillmentType.DINE_IN && fulfillment.table().isEmpty()) {
            violations.add(new Violation("fulfillment.table", "required", "a dine-in order needs a table"));
        }
    }

    /** The fulfillment as the order keeps it: a delivery's address in the restaurant's country unless told otherwise. */
    private Fulfillment completed(Fulfillment fulfillment) {
        return fulfillment.address()
                .filter(address -> address.country().isEmpty())
                .map(address -> fulfillment.deliveredTo(address.withCountry(restaurant.country().orElseThrow())))
                .orElse(fulfillment);
    }

    private static void checkTip(long tip, List<Violation> violations) {
        if (tip < 0) {
            violations.add(new Violation("tip", "negative", "tip must not be negative"));
        }
    }

    private Optional<QuotedLine> priceLine(CartLine line, String field, List<Violation> violations) {
        int before = violations.size();
        if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY_PER_LINE) {
            violations.add(new Violation(field + ".quantity", "out-of-range",
                    "quantity must be between 1 and " + MAX_QUANTITY_PER_LINE));
        }
        line.note().ifPresent(note -> {
            try {
                Checks.boundedText(note, field + ".note", MAX_NOTE_LENGTH);
            } catch (InvalidInput invalid) {
                violations.addAll(invalid.violations());
            }
        });
        Optional<MenuItem> found = menu.item(line.menuItemId());
        if (found.isEmpty()) {
            violations.add(new Violation(field + ".menuItemId", "unknown-item", "no such item on the menu"));
            return Optional.empty();
        }
        MenuItem item = found.get();
        if (!item.available()) {
            violations.add(new Violation(field + ".menuItemId", "item-unavailable",
                    item.name() + " is not available right now"));
        }
        List<QuotedOption> options = chooseOptions(item, line.optionIds(), field + ".optionIds", violations);
        if (violations.size() > before) {
            return Optional.empty();
        }
        Money unitPrice = options.stream().map(QuotedOption::priceDelta).reduce(item.price(), Money::plus);
        return Optional.of(new QuotedLine(item.id(), item.name(), line.quantity(), unitPrice, options,
                line.note().map(String::strip).filter(note -> !note.isEmpty()), unitPrice.times(line.quantity()),
                Optional.of(restaurant.settings().taxPolicy().rateFor(item.taxCode()))));
    }

    private static List<QuotedOption> chooseOptions(
            MenuItem item, List<ModifierOptionId> optionIds, String field, List<Violation> violations) {
        List<QuotedOption> chosen = new ArrayList<>();
        Map<ModifierGroup, Integer> perGroup = new HashMap<>();
        Set<ModifierOptionId> seen = new HashSet<>();
        for (ModifierOptionId optionId : optionIds) {
            if (!seen.add(optionId)) {
                violations.add(new Violation(field, "duplicate-option", "an option is chosen twice"));
                continue;
            }
            var grouped = item.findOption(optionId);
            if (grouped.isEmpty()) {
                violations.add(new Violation(field, "unknown-option",
                        "option " + optionId + " is not offered for " + item.name()));
                continue;
            }
            perGroup.merge(grouped.get().group(), 1, Integer::sum);
            var option = grouped.get().option();
            chosen.add(new QuotedOption(option.id(), option.name(), option.priceDelta()));
        }
        for (ModifierGroup group : item.modifierGroups()) {
            int count = perGroup.getOrDefault(group, 0);
            if (count < group.minSelect()) {
                violations.add(new Violation(field, "too-few-options",
                        "choose at least " + group.minSelect() + " of '" + group.name() + "'"));
            } else if (count > group.maxSelect()) {
                violations.add(new Violation(field, "too-many-options",
                        "choose at most " + group.maxSelect() + " of '" + group.name() + "'"));
            }
        }
        return chosen;
    }
}
