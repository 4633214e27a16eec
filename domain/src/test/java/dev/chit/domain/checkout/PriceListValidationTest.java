package dev.chit.domain.checkout;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.testing.SampleMenu;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.CartBuilder.line;
import static dev.chit.domain.testing.CartBuilder.noted;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static dev.chit.domain.testing.SampleMenu.BACON;
import static dev.chit.domain.testing.SampleMenu.BURGER;
import static dev.chit.domain.testing.SampleMenu.CHEESE;
import static dev.chit.domain.testing.SampleMenu.FRIES;
import static dev.chit.domain.testing.SampleMenu.NO_BUN;
import static dev.chit.domain.testing.SampleMenu.PIE;
import static dev.chit.domain.testing.SampleMenu.SALAD;
import static dev.chit.domain.testing.SampleMenu.SODA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Everything wrong with a cart comes back at once, one entry per problem, each naming its field. */
class PriceListValidationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private final Restaurant restaurant = aRestaurant().build();

    private Quote quote(Cart cart) {
        return new PriceList(restaurant, SampleMenu.menu()).quote(cart, NOW);
    }

    private static void assertViolations(ThrowingCallable call, Tuple... fieldAndCode) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.violations()).extracting(Violation::field, Violation::code).containsExactly(fieldAndCode));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100, 1000})
    void aQuantityOutside1To99_isOneViolationOnThatLinesQuantity(int quantity) {
        assertViolations(() -> quote(aCart().with(SODA, 1).with(SODA, quantity).build()),
                tuple("lines[1].quantity", "out-of-range"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 99})
    void quantities1And99_areFine(int quantity) {
        assertThat(quote(aCart().with(SODA, quantity).build()).lines().getFirst().quantity()).isEqualTo(quantity);
    }

    @Test
    void anItemNotOnTheMenu_isOneViolationOnTheMenuItemId() {
        assertViolations(() -> quote(aCart().with(line(new MenuItemId(UUID.randomUUID()), 1)).build()),
                tuple("lines[0].menuItemId", "unknown-item"));
    }

    @Test
    void anUnavailableItem_isOneViolationOnTheMenuItemId() {
        assertViolations(() -> quote(aCart().with(PIE, 1).build()),
                tuple("lines[0].menuItemId", "item-unavailable"));
    }

    @Test
    void anUnknownOption_isOneViolationOnTheOptionIds() {
        assertViolations(() -> quote(aCart().with(line(BURGER.id(), 1, FRIES.id(), new ModifierOptionId(UUID.randomUUID()))).build()),
                tuple("lines[0].optionIds", "unknown-option"));
    }

    @Test
    void anOptionOfAnotherItem_isUnknownForThisOne() {
        assertViolations(() -> quote(aCart().with(SODA, 1, CHEESE).build()),
                tuple("lines[0].optionIds", "unknown-option"));
    }

    @Test
    void anOptionChosenTwice_isOneViolationOnTheOptionIds() {
        assertViolations(() -> quote(aCart().with(BURGER, 1, FRIES, FRIES).build()),
                tuple("lines[0].optionIds", "duplicate-option"));
    }

    @Test
    void tooFewOptionsInAGroup_isOneViolationOnTheOptionIds() {
        assertViolations(() -> quote(aCart().with(BURGER, 1, CHEESE).build()),
                tuple("lines[0].optionIds", "too-few-options"));
    }

    @Test
    void tooManyOptionsInAGroup_isOneViolationOnTheOptionIds() {
        assertViolations(() -> quote(aCart().with(BURGER, 1, FRIES, SALAD).build()),
                tuple("lines[0].optionIds", "too-many-options"));
        assertViolations(() -> quote(aCart().with(BURGER, 1, FRIES, CHEESE, BACON, NO_BUN).build()),
                tuple("lines[0].optionIds", "too-many-options"));
    }

    @Test
    void theMostOptionsAGroupAllows_areFine() {
        assertThat(quote(aCart().with(BURGER, 1, FRIES, CHEESE, BACON).build()).subtotal().minorUnits())
                .isEqualTo(1250 + 100 + 200);
    }

    @Test
    void aDeliveryWithoutAddress_isOneViolationOnTheAddress() {
        Fulfillment noAddress = new Fulfillment(FulfillmentType.DELIVERY, Optional.empty(), Optional.empty());
        assertViolations(() -> quote(aCart().with(SODA, 1).fulfilled(noAddress).build()),
                tuple("fulfillment.address", "required"));
    }

    @Test
    void dineInWithoutTable_isOneViolationOnTheTable() {
        Fulfillment noTable = new Fulfillment(FulfillmentType.DINE_IN, Optional.empty(), Optional.empty());
        assertViolations(() -> quote(aCart().with(SODA, 1).fulfilled(noTable).build()),
                tuple("fulfillment.table", "required"));
    }

    @Test
    void aBadTable_isRefusedWhenTheFulfillmentIsMade() {
        assertThatThrownBy(() -> Fulfillment.dineIn("x".repeat(51)))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("fulfillment.table"));
    }

    @Test
    void aNegativeTip_isOneViolationOnTheTip() {
        assertViolations(() -> quote(aCart().with(SODA, 1).tip(-1).build()), tuple("tip", "negative"));
    }

    @Test
    void aScheduleInThePast_isOneViolationOnScheduledFor() {
        assertViolations(() -> quote(aCart().with(SODA, 1).scheduledFor(NOW.minusSeconds(60)).build()),
                tuple("scheduledFor", "in-the-past"));
        assertViolations(() -> quote(aCart().with(SODA, 1).scheduledFor(NOW).build()),
                tuple("scheduledFor", "in-the-past"));
    }

    @Test
    void aScheduleMoreThanSevenDaysAhead_isOneViolationOnScheduledFor() {
        assertViolations(() -> quote(aCart().with(SODA, 1).scheduledFor(NOW.plus(Duration.ofDays(7)).plusSeconds(1)).build()),
                tuple("scheduledFor", "too-far-ahead"));
    }

    @Test
    void aScheduleExactlySevenDaysAhead_isFine() {
        Instant inAWeek = NOW.plus(Duration.ofDays(7));
        assertThat(quote(aCart().with(SODA, 1).scheduledFor(inAWeek).build()).estimatedReadyAt()).isEqualTo(inAWeek);
    }

    @Test
    void anEmptyCart_isOneViolationOnTheLines() {
        assertViolations(() -> quote(aCart().build()), tuple("lines", "empty-cart"));
    }

    @Test
    void moreThan200Items_isOneViolationOnTheLines() {
        assertViolations(() -> quote(aCart().with(SODA, 99).with(SODA, 99).with(SODA, 3).build()),
                tuple("lines", "too-many-items"));
    }

    @Test
    void exactly200Items_isFine() {
        assertThat(quote(aCart().with(SODA, 99).with(SODA, 99).with(SODA, 2).build()).subtotal().minorUnits())
                .isEqualTo(200 * 300);
    }

    @Test
    void aSubtotalBelowTheMinimum_isOneViolationOnTheLines() {
        Restaurant withMinimum = aRestaurant().minOrder(1000).build();
        assertViolations(() -> new PriceList(withMinimum, SampleMenu.menu()).quote(aCart().with(SODA, 3).build(), NOW),
                tuple("lines", "below-minimum"));
    }

    @Test
    void anOverlongNote_isOneViolationOnThatLinesNote() {
        assertViolations(() -> quote(aCart().with(noted(line(SODA, 1), "x".repeat(501))).build()),
                tuple("lines[0].note", "too-long"));
        assertThat(quote(aCart().with(noted(line(SODA, 1), "x".repeat(500))).build()).lines().getFirst().note())
                .hasValueSatisfying(note -> assertThat(note).hasSize(500));
    }

    @Test
    void aNoteWithControlCharacters_isOneViolationOnThatLinesNote() {
        assertViolations(() -> quote(aCart().with(noted(line(SODA, 1), "no ice\u0000")).build()),
                tuple("lines[0].note", "control-characters"));
    }

    @Test
    void aNoteOnTwoLines_isFine() {
        assertThat(quote(aCart().with(noted(line(SODA, 1), "no ice\nno straw")).build()).lines().getFirst().note())
                .contains("no ice\nno straw");
    }

    @Test
    void severalBadLinesAndFields_areAllReportedAtOnce_inOrder() {
        Cart cart = aCart()
                .with(SODA, 0)                                             // lines[0].quantity
                .with(line(new MenuItemId(UUID.randomUUID()), 1))          // lines[1].menuItemId
                .with(SODA, 2)                                             // fine
                .with(PIE, 1)                                              // lines[3].menuItemId
                .with(BURGER, 1)                                           // lines[4].optionIds (no side)
                .with(BURGER, 100, FRIES, FRIES)                           // lines[5].quantity and .optionIds
                .fulfilled(new Fulfillment(FulfillmentType.DELIVERY, Optional.empty(), Optional.empty()))
                .tip(-5)
                .scheduledFor(NOW.minusSeconds(1))
                .build();

        assertViolations(() -> quote(cart),
                tuple("scheduledFor", "in-the-past"),
                tuple("fulfillment.address", "required"),
                tuple("tip", "negative"),
                tuple("lines[0].quantity", "out-of-range"),
                tuple("lines[1].menuItemId", "unknown-item"),
                tuple("lines[3].menuItemId", "item-unavailable"),
                tuple("lines[4].optionIds", "too-few-options"),
                tuple("lines[5].quantity", "out-of-range"),
                tuple("lines[5].optionIds", "duplicate-option"));
    }

    @Test
    void everyViolation_hasAMessageForPeople() {
        assertThatThrownBy(() -> quote(aCart().with(SODA, 0).with(PIE, 1).build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.violations()).hasSize(2).allSatisfy(v -> assertThat(v.message()).isNotBlank());
                    assertThat(e.getMessage()).isEqualTo("2 problems with the request");
                });
    }
}
