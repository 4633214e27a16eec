package dev.chit.application.checkout;

import dev.chit.application.checkout.PlaceOrderResult.Placed;
import dev.chit.application.checkout.PlaceOrderResult.Replayed;
import dev.chit.application.restaurants.SettingsChange;
import dev.chit.application.support.AccessTokens;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.checkout.RestaurantClosed;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.error.Violation;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent.OrderPlaced;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.OrderTotals;
import dev.chit.domain.payment.PaymentMethod;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.OrderBuilder.aGuest;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static dev.chit.domain.testing.SampleMenu.BURGER;
import static dev.chit.domain.testing.SampleMenu.CHEESE;
import static dev.chit.domain.testing.SampleMenu.PIE;
import static dev.chit.domain.testing.SampleMenu.SALAD;
import static dev.chit.domain.testing.SampleMenu.SODA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PlaceOrderTest {

    private static final PaymentMethod VISA = new PaymentMethod.Card("tok_visa");
    private static final RestaurantId OTHER = new RestaurantId(UUID.fromString("01900000-0000-7000-8000-0000000000b2"));

    private final InMemoryChit chit = new InMemoryChit()
            .with(aRestaurant().taxRate(825).serviceFee(300).deliveryFee(399).build(), SampleMenu.menu())
            .with(aRestaurant().withId(OTHER).named("Other Place").build(), SampleMenu.menuOf(OTHER));

    private final AtomicInteger confirmationsWritten = new AtomicInteger();

    /** A response body that a replay must give back byte for byte. */
    private final Confirmation confirmation = (order, token, clientSecret) -> {
        confirmationsWritten.incrementAndGet();
        return ("{\"id\":\"" + order.id() + "\",\"number\":" + order.number() + ",\"accessToken\":\"" + token + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    };

    private static Cart burgersDelivered() {
        return aCart().with(BURGER, 2, SALAD, CHEESE).with(SODA, 1).deliveredTo("1 Main Street").tip(300).build();
    }

    private static PlaceOrderCommand command(RestaurantId restaurantId, Cart cart, String key, String fingerprint) {
        return new PlaceOrderCommand(restaurantId, cart, aGuest(), Optional.of("ring twice"), VISA, key, fingerprint);
    }

    private Placed place(RestaurantId restaurantId, String key) {
        return (Placed) chit.placeOrder.place(command(restaurantId, burgersDelivered(), key, "fp-" + key), confirmation);
    }

    // What the web layer asks after checkout: the setting as checkout read it, no second read.
    @Test
    void placed_saysWhetherTheRestaurantAcceptedAutomatically_whenTheCartWasPriced() {
        assertThat(place(RESTAURANT_ID, "k-manual").acceptsAutomatically()).isFalse();

        Restaurant restaurant = chit.restaurants.find(RESTAURANT_ID).orElseThrow();
        chit.restaurants.update(restaurant.withSettings(
                SettingsChange.none().autoAccept(true).applyTo(restaurant.settings())));

        assertThat(place(RESTAURANT_ID, "k-automatic").acceptsAutomatically()).isTrue();
    }

    @Test
    void orders_areNumberedOneTwoThree_perRestaurant() {
        long a1 = place(RESTAURANT_ID, "k1").order().number();
        long b1 = place(OTHER, "k2").order().number();
        long a2 = place(RESTAURANT_ID, "k3").order().number();
        long a3 = place(RESTAURANT_ID, "k4").order().number();
        long b2 = place(OTHER, "k5").order().number();

        assertThat(new long[] {a1, a2, a3}).containsExactly(1, 2, 3);
        assertThat(new long[] {b1, b2}).containsExactly(1, 2);
    }

    @Test
    void theStoredOrder_isWhatTheQuoteSaid() {
        Quote quote = chit.quoteCart.quote(RESTAURANT_ID, burgersDelivered());

        Placed placed = place(RESTAURANT_ID, "k1");

        Order stored = chit.orders.find(placed.order().id()).orElseThrow();
        assertThat(stored).isEqualTo(placed.order());
        assertThat(stored.totals()).isEqualTo(OrderTotals.of(quote));
        assertThat(stored.lines()).extracting(OrderLine::name, OrderLine::quantity, OrderLine::unitPrice, OrderLine::lineTotal)
                .containsExactlyElementsOf(quote.lines().stream()
                        .map(line -> tuple(line.name(), line.quantity(), line.unitPrice(),
                                line.lineTotal()))
                        .toList());
        assertThat(stored.lines()).extracting(OrderLine::options)
                .containsExactly(quote.lines().get(0).options(), quote.lines().get(1).options());
        assertThat(stored.estimatedReadyAt()).isEqualTo(quote.estimatedReadyAt());
        assertThat(stored.fulfillment()).isEqualTo(quote.fulfillment());
        assertThat(stored.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(stored.placedAt()).isEqualTo(START);
        assertThat(stored.customer()).isEqualTo(aGuest());
        assertThat(stored.notes()).contains("ring twice");
        assertThat(stored.version()).isZero();
        assertThat(stored.restaurantId()).isEqualTo(RESTAURANT_ID);
    }

    @Test
    void theOrderAndItsLines_getTimeOrderedIds() {
        Order order = place(RESTAURANT_ID, "k1").order();

        assertThat(order.id().value().version()).isEqualTo(7);
        assertThat(order.lines()).allSatisfy(line -> assertThat(line.id().value().version()).isEqualTo(7));
        assertThat(order.lines()).extracting(line -> line.id().value()).doesNotHaveDuplicates()
                .doesNotContain(order.id().value());
    }

    @Test
    void theGuest_getsAnAccessToken_whoseHashIsGranted() {
        Placed placed = place(RESTAURANT_ID, "k1");

        assertThat(placed.accessToken()).hasSize(43);
        assertThat(chit.orders.accessTokenHash(placed.order().id())).contains(AccessTokens.hash(placed.accessToken()));
        assertThat(chit.orders.accessTokenHash(placed.order().id()).orElseThrow()).doesNotContain(placed.accessToken());
        assertThat(chit.viewOrder.forGuest(placed.order().id(), placed.accessToken())).isEqualTo(placed.order());
    }

    @Test
    void eachOrder_getsItsOwnToken() {
        assertThat(place(RESTAURANT_ID, "k1").accessToken()).isNotEqualTo(place(RESTAURANT_ID, "k2").accessToken());
    }

    @Test
    void placing_publishesOrderPlaced() {
        Placed placed = place(RESTAURANT_ID, "k1");

        assertThat(chit.events.events()).containsExactly(new OrderPlaced(placed.order().id(), RESTAURANT_ID, START));
    }

    @Test
    void theResponse_isKeptUnderTheKey() {
        Placed placed = place(RESTAURANT_ID, "k1");

        assertThat(chit.idempotencyKeys.completed(PlaceOrder.SCOPE, "k1")).hasValueSatisfying(record -> {
            assertThat(record.responseStatus()).isEqualTo(201);
            assertThat(record.responseBody()).isEqualTo(placed.confirmation());
            assertThat(record.requestFingerprint()).isEqualTo("fp-k1");
        });
        assertThat(new String(placed.confirmation(), StandardCharsets.UTF_8))
                .contains(placed.order().id().toString()).contains(placed.accessToken());
    }

    @Test
    void theSameRequestUnderTheSameKey_isAnsweredWithTheFirstResponse_andPlacesNothing() {
        Placed first = place(RESTAURANT_ID, "k1");
        chit.clock.advance(Duration.ofSeconds(30));

        PlaceOrderResult again = chit.placeOrder.place(command(RESTAURANT_ID, burgersDelivered(), "k1", "fp-k1"), confirmation);

        assertThat(again).isInstanceOfSatisfying(Replayed.class, replayed -> {
            assertThat(replayed.status()).isEqualTo(201);
            assertThat(replayed.body()).isEqualTo(first.confirmation());
        });
        assertThat(chit.orders.count()).isEqualTo(1);
        assertThat(chit.events.events()).hasSize(1);
        assertThat(confirmationsWritten).hasValue(1);
    }

    @Test
    void aDifferentRequestUnderAUsedKey_isRefused() {
        place(RESTAURANT_ID, "k1");

        assertThatThrownBy(() -> chit.placeOrder.place(
                command(RESTAURANT_ID, aCart().with(SODA, 5).build(), "k1", "another body"), confirmation))
                .isInstanceOf(IdempotencyKeyReused.class);
        assertThat(chit.orders.count()).isEqualTo(1);
    }

    @Test
    void theSameRequestWhileTheFirstIsStillRunning_isAskedToRetry() {
        chit.idempotencyKeys.claim(PlaceOrder.SCOPE, "k1", "fp-k1", "running", START, START.plus(InMemoryChit.LEASE));

        assertThatThrownBy(() -> chit.placeOrder.place(command(RESTAURANT_ID, burgersDelivered(), "k1", "fp-k1"), confirmation))
                .isInstanceOf(RequestInProgress.class);
        assertThat(chit.orders.count()).isZero();
        assertThat(chit.idempotencyKeys.isHeld(PlaceOrder.SCOPE, "k1")).isTrue();
    }

    @Test
    void aDifferentRequestWhileTheFirstIsStillRunning_isRefused() {
        chit.idempotencyKeys.claim(PlaceOrder.SCOPE, "k1", "fp-k1", "running", START, START.plus(InMemoryChit.LEASE));

        assertThatThrownBy(() -> chit.placeOrder.place(command(RESTAURANT_ID, burgersDelivered(), "k1", "other"), confirmation))
                .isInstanceOf(IdempotencyKeyReused.class);
    }

    @Test
    void aRejectedCart_storesNothing_andFreesTheKeyForTheCorrectedRetry() {
        Cart withSoldOutPie = aCart().with(SODA, 1).with(PIE, 1).build();

        assertThatThrownBy(() -> chit.placeOrder.place(command(RESTAURANT_ID, withSoldOutPie, "k1", "fp-bad"), confirmation))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("lines[1].menuItemId"));
        assertThat(chit.orders.count()).isZero();
        assertThat(chit.events.events()).isEmpty();
        assertThat(chit.idempotencyKeys.isHeld(PlaceOrder.SCOPE, "k1")).isFalse();

        PlaceOrderResult retried = chit.placeOrder.place(
                command(RESTAURANT_ID, aCart().with(SODA, 1).build(), "k1", "fp-fixed"), confirmation);

        assertThat(retried).isInstanceOfSatisfying(Placed.class, placed -> assertThat(placed.order().number()).isEqualTo(1));
        assertThat(chit.orders.count()).isEqualTo(1);
    }

    @Test
    void aFailureAfterTheNumberWasTaken_rollsTheNumberBack() {
        PlaceOrderCommand overlongNotes = new PlaceOrderCommand(RESTAURANT_ID, burgersDelivered(), aGuest(),
                Optional.of("n".repeat(501)), VISA, "k1", "fp-1");

        assertThatThrownBy(() -> chit.placeOrder.place(overlongNotes, confirmation))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("notes"));

        assertThat(chit.transactions.rollbacks()).isEqualTo(1);
        assertThat(place(RESTAURANT_ID, "k1").order().number()).isEqualTo(1);
    }

    @Test
    void aFailureWhileWritingTheResponse_leavesNoOrderNoEventAndNoAccess() {
        Confirmation broken = (order, token, clientSecret) -> {
            throw new IllegalStateException("serialiser broke");
        };

        assertThatThrownBy(() -> chit.placeOrder.place(command(RESTAURANT_ID, burgersDelivered(), "k1", "fp-1"), broken))
                .isInstanceOf(IllegalStateException.class);

        assertThat(chit.orders.count()).isZero();
        assertThat(chit.events.events()).isEmpty();
        assertThat(chit.idempotencyKeys.isHeld(PlaceOrder.SCOPE, "k1")).isFalse();
        assertThat(place(RESTAURANT_ID, "k2").order().number()).isEqualTo(1);
    }

    @Test
    void aClosedRestaurant_storesNothing_andFreesTheKey() {
        chit.restaurants.update(aRestaurant().pausedUntil(START.plusSeconds(600)).build());

        assertThatThrownBy(() -> place(RESTAURANT_ID, "k1")).isInstanceOf(RestaurantClosed.class);

        assertThat(chit.orders.count()).isZero();
        assertThat(chit.idempotencyKeys.isHeld(PlaceOrder.SCOPE, "k1")).isFalse();
        chit.clock.advance(Duration.ofMinutes(10));
        assertThat(place(RESTAURANT_ID, "k1").order().number()).isEqualTo(1);
    }

    @Test
    void anUnknownRestaurant_isNotFound_andFreesTheKey() {
        RestaurantId nowhere = new RestaurantId(UUID.randomUUID());

        assertThatThrownBy(() -> place(nowhere, "k1")).isInstanceOf(NotFound.class);
        assertThat(chit.idempotencyKeys.isHeld(PlaceOrder.SCOPE, "k1")).isFalse();
    }

    @Test
    void anIdempotencyKey_isRequired_andAtMost255Characters() {
        for (String bad : new String[] {null, "", "k".repeat(256)}) {
            assertThatThrownBy(() -> command(RESTAURANT_ID, burgersDelivered(), bad, "fp"))
                    .isInstanceOfSatisfying(InvalidInput.class, e ->
                            assertThat(e.violations()).extracting(Violation::field).containsExactly("Idempotency-Key"));
        }
        assertThat(command(RESTAURANT_ID, burgersDelivered(), "k".repeat(255), "fp").idempotencyKey()).hasSize(255);
    }
}
