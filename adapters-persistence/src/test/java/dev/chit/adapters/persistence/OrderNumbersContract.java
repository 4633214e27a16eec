package dev.chit.adapters.persistence;

import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

abstract class OrderNumbersContract extends ContractBase {

    private static final int GUESTS = 20;

    @Test
    void numbers_startAtOne_perRestaurant() {
        var trattoria = given().kitchen();
        var pizzeria = given().kitchen();

        assertThat(trattoria.order().place().number()).isEqualTo(1);
        assertThat(trattoria.order().place().number()).isEqualTo(2);
        assertThat(pizzeria.order().place().number()).isEqualTo(1);
    }

    @Test
    void guestsOrderingAtOnce_getUniqueNumbers_withoutGaps() throws Exception {
        var kitchen = given().kitchen();

        List<Long> numbers = Concurrently.run(GUESTS, () -> kitchen.order().place().number());

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, GUESTS).boxed().toList());
        assertThat(database().orders().search(OrderQuery.all(kitchen.id())).items())
                .hasSize(GUESTS);
    }

    @Test
    void rolledBackOrder_givesItsNumberBack() {
        var kitchen = given().kitchen();
        kitchen.order().place();

        assertThatThrownBy(() -> database().transactions().inTransaction(() -> {
            Order order = kitchen.order().build(database().orders().nextNumber(kitchen.id()));
            database().orders().add(order);
            throw new IllegalStateException("payment gateway down");
        })).hasMessage("payment gateway down");

        assertThat(kitchen.order().place().number()).isEqualTo(2);
    }

    @Test
    void unknownRestaurant_hasNoNumbers() {
        RestaurantId unknown = new RestaurantId(UUID.randomUUID());

        assertThatThrownBy(() -> database().orders().nextNumber(unknown)).isInstanceOf(NotFound.class);
    }
}
