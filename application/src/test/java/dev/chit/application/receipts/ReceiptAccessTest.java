package dev.chit.application.receipts;

import dev.chit.application.orders.ViewOrder;
import dev.chit.application.support.AccessTokens;
import dev.chit.application.testing.InMemoryOrders;
import dev.chit.application.testing.InMemoryRestaurants;
import dev.chit.application.testing.People;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may see an order's receipt (its guest, its restaurant's people, admins) and its kitchen ticket (not the guest). */
class ReceiptAccessTest {

    private static final RestaurantId ELSEWHERE = new RestaurantId(UUID.fromString("01900000-0000-7000-8000-0000000000b2"));

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryRestaurants restaurants = new InMemoryRestaurants();
    private final Printer printer = new Printer() {
        @Override
        public byte[] receipt(Receipt receipt, PrintFormat format) {
            return (format + " receipt #" + receipt.number()).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] ticket(KitchenTicket ticket, PrintFormat format) {
            return (format + " ticket #" + ticket.number()).getBytes(StandardCharsets.UTF_8);
        }
    };
    private final ViewOrder viewOrder = new ViewOrder(orders);
    private final ShowReceipt showReceipt = new ShowReceipt(viewOrder, restaurants, printer);
    private final PrintTicket printTicket = new PrintTicket(viewOrder, restaurants, printer);

    private final String token = AccessTokens.newToken();
    private final Order order = anOrder().withId(new OrderId(UUID.randomUUID())).numbered(7).build();

    ReceiptAccessTest() {
        restaurants.add(aRestaurant().named("Harbour Lane").inZone("America/New_York").build());
        orders.add(order);
        orders.grantAccess(order.id(), AccessTokens.hash(token));
    }

    @Test
    void theGuestWithTheToken_getsTheReceipt_onTheRestaurantsClock() {
        Receipt receipt = showReceipt.forGuest(order.id(), token);

        assertThat(receipt.number()).isEqualTo(7);
        assertThat(receipt.restaurantName()).isEqualTo("Harbour Lane");
        // 12:00 UTC on 2 March is 07:00 in New York (EST).
        assertThat(receipt.placedAt().toLocalTime()).hasToString("07:00");
        assertThat(receipt.placedAt().toInstant()).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
        assertThat(receipt.totals()).isEqualTo(order.totals());
        assertThat(new String(showReceipt.print(receipt, PrintFormat.PDF), StandardCharsets.UTF_8))
                .isEqualTo("PDF receipt #7");
    }

    @Test
    void aWrongToken_findsNoReceipt() {
        assertThatThrownBy(() -> showReceipt.forGuest(order.id(), AccessTokens.newToken())).isInstanceOf(NotFound.class);
    }

    @Test
    void theRestaurantsPeople_andAdmins_getTheReceipt() {
        assertThat(showReceipt.forCaller(People.staffOf(RESTAURANT_ID), order.id()).orderId()).isEqualTo(order.id());
        assertThat(showReceipt.forCaller(People.managerOf(RESTAURANT_ID), order.id()).number()).isEqualTo(7);
        assertThat(showReceipt.forCaller(People.admin(), order.id()).number()).isEqualTo(7);
    }

    @Test
    void anotherRestaurantsPeople_findNoReceipt_andNoTicket() {
        assertThatThrownBy(() -> showReceipt.forCaller(People.managerOf(ELSEWHERE), order.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> printTicket.ticket(People.staffOf(ELSEWHERE), order.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> printTicket.ticket(People.nobody(), order.id()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theRestaurantsPeople_printTheTicket_dueOnTheirClock() {
        KitchenTicket ticket = printTicket.ticket(People.staffOf(RESTAURANT_ID), order.id());

        assertThat(ticket.number()).isEqualTo(7);
        assertThat(ticket.due().toInstant()).isEqualTo(order.estimatedReadyAt());
        assertThat(ticket.due().getZone().getId()).isEqualTo("America/New_York");
        assertThat(new String(printTicket.print(printTicket.ticket(People.admin(), order.id()), PrintFormat.HTML), StandardCharsets.UTF_8))
                .isEqualTo("HTML ticket #7");
    }

    @Test
    void anUnknownOrder_hasNoReceipt() {
        OrderId unknown = new OrderId(UUID.randomUUID());

        assertThatThrownBy(() -> showReceipt.forCaller(People.admin(), unknown)).isInstanceOf(NotFound.class);
    }
}
