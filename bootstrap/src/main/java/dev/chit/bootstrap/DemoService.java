package dev.chit.bootstrap;

import dev.chit.application.checkout.PlaceOrder;
import dev.chit.application.checkout.PlaceOrderCommand;
import dev.chit.application.checkout.PlaceOrderResult;
import dev.chit.application.orders.TransitionOrder;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.CartLine;
import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Customer;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.payment.PaymentMethod;
import dev.chit.domain.restaurant.Restaurant;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static dev.chit.domain.order.OrderStatus.ACCEPTED;
import static dev.chit.domain.order.OrderStatus.CANCELLED;
import static dev.chit.domain.order.OrderStatus.COMPLETED;
import static dev.chit.domain.order.OrderStatus.OUT_FOR_DELIVERY;
import static dev.chit.domain.order.OrderStatus.PREPARING;
import static dev.chit.domain.order.OrderStatus.READY;
import static dev.chit.domain.order.OrderStatus.REJECTED;

/**
 * Life for the demo restaurant: four weeks of past orders, so that the reports, the summary's chart
 * and the export show something, and a service in progress (orders in every lane of the board, one
 * of them late, one scheduled for later). Every order is placed and moved by the same use cases a
 * guest and a cook use, on a clock this class sets to each moment in turn; the same date gives the
 * same orders. The past goes to the event store only: no guest is emailed, no webhook fires.
 */
final class DemoService {

    static final int DAYS_OF_HISTORY = 28;
    private static final Duration LATE_BY = Duration.ofMinutes(35);
    private static final byte[] NO_RESPONSE = "{}".getBytes(StandardCharsets.UTF_8);
    private static final Actor COOK = Actor.staff(DemoData.id(900));
    private static final List<String> GUESTS = List.of("Ada Byron", "Grace Hopper", "Alan Kay", "Barbara Liskov",
            "Edsger Dijkstra", "Frances Allen", "Donald Knuth", "Margaret Hamilton", "Ken Thompson", "Radia Perlman",
            "Leslie Lamport", "Shafi Goldwasser");

    private final PlaceOrder placeOrder;
    private final TransitionOrder moves;
    private final SettableClock clock;
    private final Restaurant restaurant;

    DemoService(PlaceOrder placeOrder, TransitionOrder moves, SettableClock clock, Restaurant restaurant) {
        this.placeOrder = placeOrder;
        this.moves = moves;
        this.clock = clock;
        this.restaurant = restaurant;
    }

    /** Places the past four weeks and today's service up to {@code now}. */
    void fill(Instant now) {
        ZoneId zone = restaurant.timezone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Random random = new Random(today.toEpochDay());
        for (int daysAgo = DAYS_OF_HISTORY; daysAgo >= 1; daysAgo--) {
            pastDay(today.minusDays(daysAgo), zone, random);
        }
        serviceInProgress(now, random);
        clock.follow();
    }

    private void pastDay(LocalDate day, ZoneId zone, Random random) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.FRIDAY || day.getDayOfWeek() == DayOfWeek.SATURDAY;
        int orders = (weekend ? 10 : 6) + random.nextInt(4);
        for (int n = 0; n < orders; n++) {
            // Lunch and dinner, more at dinner: 11:30-14:00 and 17:30-21:30.
            LocalTime time = random.nextInt(5) < 2
                    ? LocalTime.of(11, 30).plusMinutes(random.nextInt(150))
                    : LocalTime.of(17, 30).plusMinutes(random.nextInt(240));
            Instant placedAt = ZonedDateTime.of(day, time, zone).toInstant();
            Order order = place(placedAt, random, Optional.empty(), "demo-" + day + "-" + n);
            int fate = random.nextInt(100);
            if (fate < 4) {
                move(order, placedAt.plusSeconds(90), TransitionRequest.to(REJECTED).withReason("Kitchen closing early"));
            } else if (fate < 7) {
                move(order, placedAt.plusSeconds(60), TransitionRequest.to(CANCELLED), Actor.customer());
            } else {
                workThrough(order, placedAt, COMPLETED, random);
            }
        }
    }

    /** Today: orders in every lane of the board, one late, one scheduled for later. */
    private void serviceInProgress(Instant now, Random random) {
        String key = "demo-today-" + now.atZone(restaurant.timezone()).toLocalDate() + "-";
        // Waiting to be accepted: the newest orders.
        place(now.minus(Duration.ofMinutes(2)), random, Optional.empty(), key + "new-1");
        place(now.minus(Duration.ofMinutes(1)), random, Optional.empty(), key + "new-2");
        // Accepted long ago with a short prep time: past its promise, so it shows as late.
        Instant lateAt = now.minus(LATE_BY);
        move(place(lateAt, random, Optional.empty(), key + "late"), lateAt.plusSeconds(60),
                TransitionRequest.to(ACCEPTED).withPrepTime(Duration.ofMinutes(15)));
        workThrough(place(now.minus(Duration.ofMinutes(6)), random, Optional.empty(), key + "accepted"),
                now.minus(Duration.ofMinutes(6)), ACCEPTED, random);
        workThrough(place(now.minus(Duration.ofMinutes(12)), random, Optional.empty(), key + "preparing"),
                now.minus(Duration.ofMinutes(12)), PREPARING, random);
        workThrough(place(now.minus(Duration.ofMinutes(20)), random, Optional.empty(), key + "ready"),
                now.minus(Duration.ofMinutes(20)), READY, random);
        workThrough(place(now.minus(Duration.ofMinutes(40)), random, Optional.empty(), key + "done"),
                now.minus(Duration.ofMinutes(40)), COMPLETED, random);
        // A guest who ordered ahead, for three hours from now (just now: the accept timeout counts from placing).
        place(now.minus(Duration.ofMinutes(1)), random,
                Optional.of(now.plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.HOURS)),
                key + "scheduled");
    }

    /** Accepts the order and moves it on, a few minutes a step, until it is {@code until}. */
    private void workThrough(Order order, Instant placedAt, OrderStatus until, Random random) {
        Instant at = placedAt.plusSeconds(60 + random.nextInt(120));
        order = move(order, at, TransitionRequest.to(ACCEPTED).withPrepTime(Duration.ofMinutes(15)));
        List<OrderStatus> steps = new ArrayList<>(List.of(PREPARING, READY));
        steps.add(order.fulfillment().type() == FulfillmentType.DELIVERY ? OUT_FOR_DELIVERY : COMPLETED);
        if (order.fulfillment().type() == FulfillmentType.DELIVERY) {
            steps.add(COMPLETED);
        }
        for (OrderStatus step : steps) {
            if (order.status() == until) {
                return;
            }
            at = at.plusSeconds(120 + random.nextInt(420));
            order = move(order, at, TransitionRequest.to(step));
        }
    }

    private Order place(Instant at, Random random, Optional<Instant> scheduledFor, String idempotencyKey) {
        clock.set(at);
        String guest = GUESTS.get(random.nextInt(GUESTS.size()));
        var customer = new Customer(guest, guest.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com",
                Optional.of("+1 555 01" + (10 + random.nextInt(89))));
        var cart = new Cart(lines(random), fulfillment(random), random.nextInt(4) * 100L, scheduledFor);
        var command = new PlaceOrderCommand(restaurant.id(), cart, customer, Optional.empty(),
                new PaymentMethod.Card("tok_visa"), idempotencyKey, idempotencyKey);
        var result = placeOrder.place(command, (order, token, clientSecret) -> NO_RESPONSE);
        if (result instanceof PlaceOrderResult.Placed placed) {
            return placed.order();
        }
        throw new IllegalStateException("the demo's order " + idempotencyKey + " was not placed: " + result);
    }

    private Order move(Order order, Instant at, TransitionRequest request) {
        return move(order, at, request, COOK);
    }

    private Order move(Order order, Instant at, TransitionRequest request, Actor by) {
        clock.set(at);
        OrderId id = order.id();
        return moves.transition(id, request, by, restaurantId -> true, Optional.empty());
    }

    private static List<CartLine> lines(Random random) {
        List<CartLine> lines = new ArrayList<>();
        int mains = 1 + random.nextInt(2);
        for (int n = 0; n < mains; n++) {
            lines.add(switch (random.nextInt(3)) {
                case 0 -> line(101, 1, options(1111 + random.nextInt(3), random.nextBoolean() ? 1212 : 0));
                case 1 -> line(102, 1, options(random.nextBoolean() ? 1221 : 0));
                default -> line(103, 1, options(random.nextBoolean() ? 1233 : 0));
            });
        }
        if (random.nextInt(3) > 0) {
            lines.add(random.nextBoolean() ? line(201, 1, options(random.nextBoolean() ? 2111 : 0)) : line(202, 1, List.of()));
        }
        if (random.nextBoolean()) {
            lines.add(line(301, 1 + random.nextInt(2), options(3111 + random.nextInt(2))));
        } else if (random.nextInt(3) == 0) {
            lines.add(line(401, 1, List.of()));
        }
        return lines;
    }

    private static CartLine line(int item, int quantity, List<ModifierOptionId> options) {
        return new CartLine(new MenuItemId(DemoData.id(item)), quantity, options, Optional.empty());
    }

    /** The options named, leaving out the zeros (none chosen). */
    private static List<ModifierOptionId> options(int... ids) {
        List<ModifierOptionId> options = new ArrayList<>();
        for (int id : ids) {
            if (id != 0) {
                options.add(new ModifierOptionId(DemoData.id(id)));
            }
        }
        return options;
    }

    private static Fulfillment fulfillment(Random random) {
        return switch (random.nextInt(5)) {
            case 0, 1 -> Fulfillment.pickup();
            case 2 -> Fulfillment.dineIn("T" + (1 + random.nextInt(12)));
            default -> Fulfillment.delivery(new DeliveryAddress((10 + random.nextInt(80)) + " Water St",
                    Optional.empty(), Optional.of("Brooklyn"), Optional.of("NY"), Optional.of("11201"),
                    Optional.empty(), Optional.empty()));
        };
    }

    /**
     * The demo's clock: the time it is set to while the past is placed, then the system's again.
     * Only the demo's own use cases read it.
     */
    static final class SettableClock extends Clock {
        private final Clock system;
        private volatile Optional<Instant> setTo = Optional.empty();

        SettableClock(Clock system) {
            this.system = system;
        }

        void set(Instant instant) {
            setTo = Optional.of(instant);
        }

        void follow() {
            setTo = Optional.empty();
        }

        @Override
        public Instant instant() {
            return setTo.orElseGet(system::instant);
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the demo's clock keeps its zone");
        }
    }
}
