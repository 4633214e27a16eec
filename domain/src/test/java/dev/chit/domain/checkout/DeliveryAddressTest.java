package dev.chit.domain.checkout;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Optional;

import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static dev.chit.domain.testing.SampleMenu.SODA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A delivery address in parts: each part checked, every mistake named, the restaurant's country assumed. */
class DeliveryAddressTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private static DeliveryAddress address(String line1, String line2, String city, String region, String postalCode,
                                           String country, String instructions) {
        return new DeliveryAddress(line1, Optional.ofNullable(line2), Optional.ofNullable(city),
                Optional.ofNullable(region), Optional.ofNullable(postalCode), Optional.ofNullable(country),
                Optional.ofNullable(instructions));
    }

    private static Quote quote(Restaurant restaurant, Fulfillment fulfillment) {
        return new PriceList(restaurant, SampleMenu.menu()).quote(aCart().with(SODA, 1).fulfilled(fulfillment).build(), NOW);
    }

    @Test
    void theParts_areTrimmedAndTheCountryUpperCased() {
        DeliveryAddress address = address(" 1 Water St ", "Apt 4", "Brooklyn ", "NY", " 11201", "us", "ring twice\nthen wait");

        assertThat(address).isEqualTo(new DeliveryAddress("1 Water St", Optional.of("Apt 4"), Optional.of("Brooklyn"),
                Optional.of("NY"), Optional.of("11201"), Optional.of("US"), Optional.of("ring twice\nthen wait")));
        assertThat(address.lines()).containsExactly("1 Water St", "Apt 4", "Brooklyn, NY 11201", "US");
    }

    @Test
    void everyBadPart_isNamedAtOnce() {
        assertThatThrownBy(() -> address(" ", "a\nb", "x".repeat(101), "\u0007", "11201!", "XX", "\u0000"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(
                                tuple("fulfillment.address.line1", "required"),
                                tuple("fulfillment.address.line2", "control-characters"),
                                tuple("fulfillment.address.city", "too-long"),
                                tuple("fulfillment.address.region", "control-characters"),
                                tuple("fulfillment.address.postalCode", "invalid"),
                                tuple("fulfillment.address.country", "invalid"),
                                tuple("fulfillment.address.instructions", "control-characters")));
    }

    @Test
    void aGuestsAddress_missingPartsAndBadOnes_areNamedTogether_inTheOrderOfTheParts() {
        assertThatThrownBy(() -> DeliveryAddress.given(null, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("XX"), Optional.empty()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(
                                tuple("fulfillment.address.line1", "required"),
                                tuple("fulfillment.address.city", "required"),
                                tuple("fulfillment.address.postalCode", "required"),
                                tuple("fulfillment.address.country", "invalid")));
    }

    @Test
    void aDelivery_needsCityAndPostalCode() {
        Fulfillment streetOnly = Fulfillment.delivery(address("1 Water St", null, null, null, null, "US", null));

        assertThatThrownBy(() -> quote(aRestaurant().build(), streetOnly))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("fulfillment.address.city", "required"),
                                tuple("fulfillment.address.postalCode", "required")));
    }

    @Test
    void aDeliveryWithoutAnAddress_isRefused_andAPickupWithOne_too() {
        Fulfillment noAddress = new Fulfillment(FulfillmentType.DELIVERY, Optional.empty(), Optional.empty());
        Fulfillment pickupWithAddress = new Fulfillment(FulfillmentType.PICKUP,
                Optional.of(DeliveryAddress.of("1 Water St", "Brooklyn", "11201", "US")), Optional.empty());

        assertThatThrownBy(() -> quote(aRestaurant().build(), noAddress)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("fulfillment.address", "required")));
        assertThatThrownBy(() -> quote(aRestaurant().build(), pickupWithAddress)).isInstanceOfSatisfying(
                InvalidInput.class, e -> assertThat(e.violations()).extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("fulfillment.address", "not-allowed")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12 Harbour Lane, Brooklyn, NY 11201, USA|US",
            "1 High Street, London, United Kingdom|GB",
            "Unter den Linden 1, 10117 Berlin, Germany|DE",
            "Calle Mayor 1, Madrid, ESP|ES"})
    void anAddressWithoutCountry_isInTheRestaurantsCountry(String restaurantAddress, String country) {
        Fulfillment noCountry = Fulfillment.delivery(address("1 Water St", null, "Town", null, "1234", null, null));

        Quote quote = quote(aRestaurant().at(restaurantAddress).build(), noCountry);

        assertThat(quote.fulfillment().address().orElseThrow().country()).contains(country);
    }

    @Test
    void aCountryTheGuestGives_winsOverTheRestaurants() {
        Fulfillment abroad = Fulfillment.delivery(DeliveryAddress.of("1 Rue de Rivoli", "Paris", "75001", "FR"));

        Quote quote = quote(aRestaurant().at("1 Main St, Basel, Switzerland").build(), abroad);

        assertThat(quote.fulfillment().address().orElseThrow().country()).contains("FR");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1 Pass Street", "1 Market St, San Francisco, CA"})
    void aRestaurantWithoutACountry_makesTheGuestName_theirs(String restaurantAddress) {
        Fulfillment noCountry = Fulfillment.delivery(address("1 Water St", null, "Town", null, "1234", null, null));

        assertThatThrownBy(() -> quote(aRestaurant().at(restaurantAddress).build(), noCountry))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("fulfillment.address.country", "required")));
    }
}
