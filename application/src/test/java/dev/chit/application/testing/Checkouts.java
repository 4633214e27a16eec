package dev.chit.application.testing;

import dev.chit.application.checkout.Confirmation;
import dev.chit.application.checkout.PlaceOrderCommand;
import dev.chit.application.checkout.PlaceOrderResult.Placed;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.payment.PaymentMethod;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.OrderBuilder.aGuest;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.SampleMenu.BURGER;
import static dev.chit.domain.testing.SampleMenu.FRIES;
import static dev.chit.domain.testing.SampleMenu.SODA;

/** Guest checkouts for payment tests: a burger with fries and a soda, 1550 cents, paid with a token. */
public final class Checkouts {

    public static final long TOTAL = 1250 + 300;

    public static final Confirmation CONFIRMATION = (order, accessToken, clientSecret) ->
            ("{\"id\":\"" + order.id() + "\",\"number\":" + order.number() + "}").getBytes(StandardCharsets.UTF_8);

    private Checkouts() {
    }

    public static Cart cart() {
        return aCart().with(BURGER, 1, FRIES).with(SODA, 1).build();
    }

    /** The fingerprint follows the token, as it would follow a body that names another card. */
    public static PlaceOrderCommand paidWith(String token, String idempotencyKey) {
        return new PlaceOrderCommand(RESTAURANT_ID, cart(), aGuest(), Optional.empty(), new PaymentMethod.Card(token),
                idempotencyKey, "fp-" + token);
    }

    public static Placed place(InMemoryChit chit, String token, String idempotencyKey) {
        return (Placed) chit.placeOrder.place(paidWith(token, idempotencyKey), CONFIRMATION);
    }
}
