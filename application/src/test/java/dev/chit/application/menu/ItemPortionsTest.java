package dev.chit.application.menu;

import dev.chit.application.checkout.PlaceOrder;
import dev.chit.application.checkout.PlaceOrderCommand;
import dev.chit.application.checkout.PlaceOrderResult.Placed;
import dev.chit.application.orders.TransitionOrder;
import dev.chit.application.testing.Checkouts;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.menu.ItemSupply;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.SupplyChange;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.payment.PaymentMethod;
import dev.chit.domain.port.Portions;
import dev.chit.domain.port.Stations;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.OrderBuilder.aGuest;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checkouts taking portions, and orders that will not be made giving them back. */
class ItemPortionsTest {

    /** Portions counted in memory, as the SQL adapter counts them. */
    private static final class CountedPortions implements Portions {
        final Map<MenuItemId, Integer> left = new HashMap<>();

        @Override
        public Map<MenuItemId, ItemSupply> of(RestaurantId restaurantId) {
            Map<MenuItemId, ItemSupply> supplies = new HashMap<>();
            left.forEach((id, n) -> supplies.put(id, new ItemSupply(id, OptionalInt.of(n), Optional.empty())));
            return supplies;
        }

        @Override
        public boolean change(RestaurantId restaurantId, MenuItemId itemId, SupplyChange change) {
            change.stock().ifPresent(stock -> left.put(itemId, stock.getAsInt()));
            return true;
        }

        @Override
        public boolean take(MenuItemId itemId, int quantity) {
            Integer now = left.get(itemId);
            if (now == null) {
                return true;
            }
            if (now < quantity) {
                return false;
            }
            left.put(itemId, now - quantity);
            return true;
        }

        @Override
        public void giveBack(MenuItemId itemId, int quantity) {
            left.computeIfPresent(itemId, (id, now) -> now + quantity);
        }

        @Override
        public List<RestaurantId> bringBack(Instant now) {
            return List.of();
        }

        @Override
        public OptionalLong menuVersion(RestaurantId restaurantId) {
            return OptionalLong.empty();
        }
    }

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final CountedPortions portions = new CountedPortions();
    private final GivePortionsBack events = new GivePortionsBack(chit.events, chit.orders, portions);
    private final PlaceOrder placeOrder = new PlaceOrder(chit.restaurants, chit.menus, Stations.NONE, portions,
            chit.orders, chit.kitchenLoads, chit.idempotencyKeys, chit.leases, events, chit.transactions,
            chit.checkoutAuthorization, chit.ids, chit.clock);
    private final TransitionOrder transitions = new TransitionOrder(chit.orders, chit.restaurants, chit.kitchenLoads,
            events, chit.transactions, chit.paymentInstructions, chit.paymentSettlement, chit.clock);

    private Order sodas(int quantity) {
        var command = new PlaceOrderCommand(RESTAURANT_ID, aCart().with(SampleMenu.SODA, quantity).build(), aGuest(),
                Optional.empty(), new PaymentMethod.Card("tok_visa"), UUID.randomUUID().toString(), "fp");
        return ((Placed) placeOrder.place(command, Checkouts.CONFIRMATION)).order();
    }

    private void move(Order order, OrderStatus to) {
        transitions.transition(order.id(), TransitionRequest.to(to).withReason("out of soda"), Actor.staff(UUID.randomUUID()),
                restaurant -> true, Optional.empty());
    }

    @Test
    void aCheckoutTakesItsPortions_andOneAskingForMoreThanIsLeft_isRefusedByLine() {
        portions.left.put(SampleMenu.SODA.id(), 3);

        sodas(2);

        assertThat(portions.left.get(SampleMenu.SODA.id())).isEqualTo(1);
        assertThatThrownBy(() -> sodas(2)).isInstanceOfSatisfying(InvalidInput.class, invalid -> {
            assertThat(invalid.violations().getFirst().field()).isEqualTo("lines[0].menuItemId");
            assertThat(invalid.violations().getFirst().code()).isEqualTo(PlaceOrder.SOLD_OUT);
        });
        assertThat(portions.left.get(SampleMenu.SODA.id())).isEqualTo(1);
    }

    @Test
    void anOrderRejectedBeforeItWasAccepted_givesItsPortionsBack() {
        portions.left.put(SampleMenu.SODA.id(), 3);

        move(sodas(2), OrderStatus.REJECTED);

        assertThat(portions.left.get(SampleMenu.SODA.id())).isEqualTo(3);
    }

    @Test
    void anOrderCancelledAfterItWasAccepted_keepsThem() {
        portions.left.put(SampleMenu.SODA.id(), 3);
        Order order = sodas(2);
        move(order, OrderStatus.ACCEPTED);

        move(order, OrderStatus.CANCELLED);

        assertThat(portions.left.get(SampleMenu.SODA.id())).isEqualTo(1);
    }

    @Test
    void onlyTheRestaurantsStaff_changeAnItemsSupply() {
        var change = new ChangeItemSupply(portions, chit.transactions);
        SupplyChange twelve = SupplyChange.asked(null, false, null, true, 12, Instant.now());

        // Someone not of the restaurant is not told it exists.
        assertThatThrownBy(() -> change.change(People.nobody(), RESTAURANT_ID, SampleMenu.SODA.id(), twelve))
                .isInstanceOf(NotFound.class);
        assertThat(portions.left).isEmpty();
        change.change(People.staffOf(RESTAURANT_ID), RESTAURANT_ID, SampleMenu.SODA.id(), twelve);
        assertThat(portions.left.get(SampleMenu.SODA.id())).isEqualTo(12);
    }
}
