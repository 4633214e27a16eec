package dev.chit.application.notifications;

import dev.chit.application.delivery.RetryPolicy;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.InMemoryOutbox;
import dev.chit.application.testing.InMemoryReports;
import dev.chit.application.testing.InMemoryTransactions;
import dev.chit.domain.notification.EmailNotDelivered;
import dev.chit.domain.notification.GuestEmail;
import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.GuestNoticeKind;
import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.ManagerEmail;
import dev.chit.domain.notification.ReportEmail;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.OutboxMessage.Status;
import dev.chit.domain.notification.PaymentOutcome;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.EmailSender;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.PasswordHash;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManagerAlertsTest {

    private static final Instant UNTIL = InMemoryChit.START.plusSeconds(1800);

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryTransactions transactions = new InMemoryTransactions(chit.orders, chit.users, outbox);
    private final ManagerAlerts alerts = new ManagerAlerts(chit.users, outbox, chit.ids, chit.clock);

    ManagerAlertsTest() {
        member("boss@example.com", Role.MANAGER);
        member("deputy@example.com", Role.MANAGER);
        member("cook@example.com", Role.STAFF);
    }

    private void member(String email, Role role) {
        chit.users.add(new User(new UserId(UUID.randomUUID()), email, email, false,
                List.of(new Membership(RESTAURANT_ID, role))), new PasswordHash("x"));
    }

    private List<ManagerAlert> alerts() {
        return outbox.all().stream().map(OutboxMessage::notice).filter(ManagerAlert.class::isInstance)
                .map(ManagerAlert.class::cast).toList();
    }

    @Test
    void aPause_enqueuesOneAlertPerManager_notForStaff() {
        transactions.inTransaction(() -> {
            alerts.pausedForMissedOrders(RESTAURANT_ID, 3, UNTIL);
            return null;
        });

        assertThat(alerts()).extracting(ManagerAlert::to)
                .containsExactlyInAnyOrder("boss@example.com", "deputy@example.com");
        assertThat(alerts()).allSatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo(ManagerAlert.Kind.PAUSED_FOR_MISSED_ORDERS);
            assertThat(alert.missedInARow()).contains(3);
            assertThat(alert.until()).contains(UNTIL);
        });
    }

    @Test
    void aPauseThatRollsBack_takesItsAlertsWithIt() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            alerts.pausedForMissedOrders(RESTAURANT_ID, 3, UNTIL);
            throw new IllegalStateException("the pause failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox.all()).isEmpty();
    }

    /** Refuses every email for good. */
    private static final class RefusingSender implements EmailSender {
        @Override
        public void send(GuestEmail email) {
            throw new EmailNotDelivered("550 no such user", true, null);
        }

        @Override
        public void send(ManagerEmail email) {
            throw new EmailNotDelivered("550 no such user", true, null);
        }

        @Override
        public void send(ReportEmail email) {
            throw new EmailNotDelivered("550 no such user", true, null);
        }
    }

    private final DeliverNotifications deliver = new DeliverNotifications(outbox, chit.orders, chit.restaurants,
            new InMemoryReports(), new RefusingSender(), transactions, chit.clock, RetryPolicy.standard(), alerts);

    @Test
    void aDeadGuestMessage_alertsEachManager_withTheOrderNumberAndTheGuestsEmail() {
        Order order = anOrder().withId(new OrderId(UUID.randomUUID())).numbered(42).build();
        chit.orders.add(order);
        outbox.enqueue(OutboxMessage.pending(UUID.randomUUID(), new GuestNotice(GuestNoticeKind.READY, order.id(),
                Optional.empty(), Optional.empty(), PaymentOutcome.NONE, Optional.empty(), Optional.empty()),
                chit.clock.instant()));

        deliver.deliverDue();

        assertThat(alerts()).extracting(ManagerAlert::to)
                .containsExactlyInAnyOrder("boss@example.com", "deputy@example.com");
        assertThat(alerts()).allSatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo(ManagerAlert.Kind.GUEST_EMAIL_UNDELIVERED);
            assertThat(alert.orderNumber()).contains(42L);
            assertThat(alert.guestEmail()).contains(order.customer().email());
        });
        // The alerts go out on the next run; refused as well, they die and tell no one (no loop).
        deliver.deliverDue();
        assertThat(outbox.all()).allSatisfy(message -> assertThat(message.status()).isEqualTo(Status.DEAD));
        assertThat(outbox.all()).hasSize(3);
    }

    @Test
    void aDeadAlert_alertsNoOne() {
        outbox.enqueue(OutboxMessage.pending(UUID.randomUUID(),
                ManagerAlert.paused(RESTAURANT_ID, "boss@example.com", 3, UNTIL), chit.clock.instant()));

        deliver.deliverDue();

        assertThat(outbox.all()).singleElement()
                .satisfies(message -> assertThat(message.status()).isEqualTo(Status.DEAD));
    }
}
