package dev.chit.adapters.web.orders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.chit.adapters.web.checkout.CartJson;
import dev.chit.adapters.web.checkout.CartJson.FulfillmentJson;
import dev.chit.adapters.web.checkout.CartJson.LineJson;
import dev.chit.adapters.web.support.Violations;
import dev.chit.application.checkout.PlaceOrderCommand;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.error.Checks;
import dev.chit.domain.order.Customer;
import dev.chit.domain.order.GuestLanguage;
import dev.chit.domain.order.Order;
import dev.chit.domain.payment.PaymentMethod;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A guest's checkout as sent: the cart (see {@link CartJson}, including its tolerance of echoed
 * prices), the restaurant, who the guest is, notes, and the payment:
 * {@code {"method":"card","token":"tok_..."}} or {@code {"method":"card","paymentMethod":"pm_..."}}. {@code in_person} is read too: staff entering an
 * order may take it, a guest's checkout is refused it by the use case. Staff send it to the
 * restaurant's own path, where {@code restaurantId} may be left out (and must match if given).
 */
@JsonIgnoreProperties({"subtotal", "tax", "deliveryFee", "serviceFee", "discount", "total", "currency",
        "promotion"})
record PlaceOrderJson(
        UUID restaurantId,
        List<LineJson> lines,
        FulfillmentJson fulfillment,
        Long tip,
        Instant scheduledFor,
        String promoCode,
        CustomerJson customer,
        String notes,
        PaymentJson payment) {

    /** {@code locale}: the language the guest ordered in ({@code en}, {@code es}, {@code de}). */
    record CustomerJson(String name, String email, String phone, String locale) {
    }

    /** The JSON names of the methods, as constants so that an unknown one is a 400 that lists them. */
    enum MethodJson {
        card, in_person
    }

    /** A card by {@code token} (the sandbox's test cards) or by {@code paymentMethod} (Stripe.js's {@code pm_...}). */
    record PaymentJson(MethodJson method, String token, String paymentMethod) {

        // A card token must not reach a log through a debugging print.
        @Override
        public String toString() {
            return "PaymentJson[method=" + method + ", token=***, paymentMethod=***]";
        }
    }

    // Stripe's object ids: a prefix, an underscore, then letters, digits and underscores.
    private static final Pattern PAYMENT_METHOD_ID = Pattern.compile("pm_[A-Za-z0-9_]{1,250}");

    /** @throws dev.chit.domain.error.InvalidInput listing every missing or invalid field */
    PlaceOrderCommand toCommand(String idempotencyKey, String requestFingerprint, GuestLanguage browserLanguage) {
        Violations violations = new Violations();
        return toCommand(violations.required(restaurantId, "restaurantId"), idempotencyKey, requestFingerprint,
                browserLanguage, violations);
    }

    /** An order staff enter at {@code atRestaurant}, as the guest (who pays at the counter or by card) would have. */
    PlaceOrderCommand toCommandAt(RestaurantId atRestaurant, String idempotencyKey, String requestFingerprint,
                                  GuestLanguage browserLanguage) {
        Violations violations = new Violations();
        if (restaurantId != null && !restaurantId.equals(atRestaurant.value())) {
            violations.add("restaurantId", "mismatch", "restaurantId must be the restaurant of the path, or left out");
        }
        return toCommand(Optional.of(atRestaurant.value()), idempotencyKey, requestFingerprint, browserLanguage,
                violations);
    }

    /** @param browserLanguage the language of {@code Accept-Language}, for a customer without a {@code locale} */
    private PlaceOrderCommand toCommand(Optional<UUID> restaurant, String idempotencyKey, String requestFingerprint,
                                        GuestLanguage browserLanguage, Violations violations) {
        Optional<Cart> cart = CartJson.toCart(lines, fulfillment, tip, scheduledFor, promoCode, violations);
        Optional<Customer> guest = violations.required(customer, "customer").flatMap(given -> {
            Optional<String> name = violations.required(given.name(), "customer.name");
            Optional<String> email = violations.required(given.email(), "customer.email");
            Optional<GuestLanguage> language = given.locale() == null ? Optional.of(browserLanguage)
                    : GuestLanguage.ofTag(given.locale());
            if (language.isEmpty()) {
                violations.add("customer.locale", "unsupported-locale", "customer.locale is one of en, es, de");
            }
            if (name.isEmpty() || email.isEmpty() || language.isEmpty()) {
                return Optional.empty();
            }
            return violations.attempt(() -> new Customer(name.get(), email.get(), Optional.ofNullable(given.phone()),
                    language.get()));
        });
        Optional<String> checkedNotes = Optional.ofNullable(notes)
                .flatMap(given -> violations.attempt(() -> Checks.boundedText(given, "notes", Order.MAX_NOTES_LENGTH)));
        Optional<PaymentMethod> paidBy = violations.required(payment, "payment").flatMap(given -> paymentMethod(given,
                violations));
        violations.throwIfAny();
        return new PlaceOrderCommand(new RestaurantId(restaurant.orElseThrow()), cart.orElseThrow(),
                guest.orElseThrow(), checkedNotes, paidBy.orElseThrow(), idempotencyKey, requestFingerprint);
    }

    private static Optional<PaymentMethod> paymentMethod(PaymentJson given, Violations violations) {
        return violations.required(given.method(), "payment.method").flatMap(method -> switch (method) {
            case card -> card(given, violations);
            case in_person -> Optional.of(new PaymentMethod.InPerson());
        });
    }

    private static Optional<PaymentMethod> card(PaymentJson given, Violations violations) {
        if (given.paymentMethod() == null) {
            return violations.required(given.token(), "payment.token")
                    .flatMap(token -> violations.attempt(() -> new PaymentMethod.Card(token)));
        }
        if (given.token() != null) {
            violations.add("payment.paymentMethod", "conflict", "send either token or paymentMethod, not both");
            return Optional.empty();
        }
        if (!PAYMENT_METHOD_ID.matcher(given.paymentMethod()).matches()) {
            violations.add("payment.paymentMethod", "invalid", "a PaymentMethod id looks like pm_...");
            return Optional.empty();
        }
        return Optional.of(new PaymentMethod.Card(given.paymentMethod()));
    }
}
