package dev.chit.domain.testing;

import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.CartLine;
import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierOption;
import dev.chit.domain.menu.ModifierOptionId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A guest's cart for tests: pickup, no tip, as soon as possible, until told otherwise. */
public final class CartBuilder {

    private final List<CartLine> lines = new ArrayList<>();
    private Fulfillment fulfillment = Fulfillment.pickup();
    private long tip;
    private Optional<Instant> scheduledFor = Optional.empty();

    private CartBuilder() {
    }

    public static CartBuilder aCart() {
        return new CartBuilder();
    }

    /** One line of {@code quantity} x {@code item} with the given options. */
    public static CartLine line(MenuItem item, int quantity, ModifierOption... options) {
        return line(item.id(), quantity, Arrays.stream(options).map(ModifierOption::id).toArray(ModifierOptionId[]::new));
    }

    public static CartLine line(MenuItemId itemId, int quantity, ModifierOptionId... optionIds) {
        return new CartLine(itemId, quantity, List.of(optionIds), Optional.empty());
    }

    public static CartLine noted(CartLine line, String note) {
        return new CartLine(line.menuItemId(), line.quantity(), line.optionIds(), Optional.of(note));
    }

    public CartBuilder with(CartLine... newLines) {
        lines.addAll(List.of(newLines));
        return this;
    }

    public CartBuilder with(MenuItem item, int quantity, ModifierOption... options) {
        return with(line(item, quantity, options));
    }

    public CartBuilder fulfilled(Fulfillment newFulfillment) {
        this.fulfillment = newFulfillment;
        return this;
    }

    public CartBuilder deliveredTo(String address) {
        return fulfilled(Fulfillment.delivery(DeliveryAddress.of(address, "Brooklyn", "11201", "US")));
    }

    public CartBuilder atTable(String table) {
        return fulfilled(Fulfillment.dineIn(table));
    }

    public CartBuilder tip(long cents) {
        this.tip = cents;
        return this;
    }

    public CartBuilder scheduledFor(Instant at) {
        this.scheduledFor = Optional.of(at);
        return this;
    }

    public Cart build() {
        return new Cart(lines, fulfillment, tip, scheduledFor);
    }
}
