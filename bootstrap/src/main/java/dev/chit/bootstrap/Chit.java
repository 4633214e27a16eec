package dev.chit.bootstrap;

import dev.chit.adapters.export.PaperPrinter;
import dev.chit.adapters.export.SalesReportPrinter;
import dev.chit.adapters.imaging.ImageIoCodec;
import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.persistence.events.PostgresOrderEventSignals;
import dev.chit.adapters.web.ChitApi;
import dev.chit.adapters.web.apps.WebApps;
import dev.chit.adapters.web.auth.Authentication;
import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.live.LiveSettings;
import dev.chit.adapters.web.live.LiveUpdates;
import dev.chit.adapters.web.orders.LiveOrderFrames;
import dev.chit.adapters.web.security.Argon2Passwords;
import dev.chit.adapters.web.support.RouteTable;
import dev.chit.application.auth.CreateAdmin;
import dev.chit.application.reports.ExportOrders;
import dev.chit.application.reports.MakeScheduledReports;
import dev.chit.application.reports.ManageReports;
import dev.chit.application.reports.ShowSalesSummary;
import dev.chit.application.promotions.GiveBackRedemptions;
import dev.chit.application.promotions.ManagePromotions;
import dev.chit.application.promotions.PromoCodes;
import dev.chit.application.stations.SetUpStations;
import dev.chit.application.auth.IdentifyCaller;
import dev.chit.application.auth.SignIn;
import dev.chit.application.auth.SignOut;
import dev.chit.application.checkout.ClaimLeases;
import dev.chit.application.checkout.ForgetIdempotencyKeys;
import dev.chit.application.delivery.RetryUndelivered;
import dev.chit.application.checkout.OfferSlots;
import dev.chit.application.checkout.PlaceOrder;
import dev.chit.application.checkout.QuoteCart;
import dev.chit.application.live.FireScheduledOrders;
import dev.chit.application.live.FollowBoard;
import dev.chit.application.live.FollowOrder;
import dev.chit.application.live.ForgetOldEvents;
import dev.chit.application.live.LiveRelay;
import dev.chit.application.live.MenuVersions;
import dev.chit.application.live.PrinterTrouble;
import dev.chit.application.menu.BringBackSoldOut;
import dev.chit.application.menu.ChangeItemSupply;
import dev.chit.application.menu.GivePortionsBack;
import dev.chit.application.menu.ShowMenu;
import dev.chit.application.orders.BumpOrders;
import dev.chit.application.photos.ItemPhotos;
import dev.chit.application.photos.ShowPhoto;
import dev.chit.application.orders.AcceptAutomatically;
import dev.chit.application.orders.RejectUnaccepted;
import dev.chit.application.orders.CancelOrder;
import dev.chit.application.orders.RefundOrder;
import dev.chit.application.orders.TransitionOrder;
import dev.chit.application.orders.ViewOrder;
import dev.chit.application.orders.ConfirmPayment;
import dev.chit.application.orders.HandlePaymentEvent;
import dev.chit.application.receipts.PrintTicket;
import dev.chit.application.receipts.ShowReceipt;
import dev.chit.application.support.TimeOrderedIds;
import dev.chit.domain.order.Order;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.NewPassword;
import dev.chit.domain.staff.SignInThrottle;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.websocket.WsConfig;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.openapi.OpenApiFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The composition root: builds the database, the adapters, the use cases and the web server
 * by hand, in the order a reader follows top to bottom. Nothing else knows all the parts.
 */
public final class Chit implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Chit.class.getName());
    /** How often orders left unaccepted are looked for; timeouts are whole minutes. */
    static final Duration ACCEPT_TIMEOUT_SWEEP = Duration.ofSeconds(15);
    /** How often scheduled orders are looked at for those whose time to start came. */
    static final Duration FIRE_SCHEDULED_SWEEP = Duration.ofSeconds(15);
    // The schedule's job: soon after start-up (periods missed while no server ran), then every five minutes.
    static final Duration REPORTS_FIRST_RUN = Duration.ofSeconds(2);
    static final Duration REPORTS_EVERY = Duration.ofMinutes(5);

    private final Database database;
    private final Housekeeping housekeeping;
    private final Housekeeping claimLeases;
    private final WebServer server;
    private final ChitApi api;
    private final LiveRelay relay;
    private final LiveUpdates live;
    private final Optional<DemoService> demoService;
    private final ShutdownReadiness readiness;
    private final ServingSettings serving;

    private Chit(Database database, Housekeeping housekeeping, Housekeeping claimLeases, WebServer server, ChitApi api,
                 LiveRelay relay, LiveUpdates live, Optional<DemoService> demoService, ShutdownReadiness readiness,
                 ServingSettings serving) {
        this.database = database;
        this.housekeeping = housekeeping;
        this.claimLeases = claimLeases;
        this.server = server;
        this.api = api;
        this.relay = relay;
        this.live = live;
        this.demoService = demoService;
        this.readiness = readiness;
        this.serving = serving;
    }

    /** Opens (and migrates) the database, seeds demo data if asked, and starts serving. */
    public static Chit start(ChitSettings settings) {
        Clock clock = Clock.systemUTC();
        Database database = Database.open(settings.database(), settings.replica());
        try {
            var ids = new TimeOrderedIds(clock);
            var passwords = new Argon2Passwords();
            // Photos are decoded and encoded again here; the demo's are made through the same use case.
            var itemPhotos = new ItemPhotos(database.menus(), database.photos(), new ImageIoCodec());
            boolean demoSeeded = seedDemoData(settings, database, passwords, itemPhotos);
            createFirstAdmin(settings.signIn(), new CreateAdmin(database.users(), database.sessions(), passwords,
                    database.transactions(), ids, clock));
            var signIn = new SignIn(database.users(), database.sessions(), database.loginFailures(), passwords,
                    database.transactions(), ids, clock, settings.signIn().sessionLifetime(), SignInThrottle.STANDARD);
            var signOut = new SignOut(database.sessions(), clock);
            var identifyCaller = new IdentifyCaller(database.sessions(), database.users(), clock);
            var authentication = new Authentication(signIn, signOut, identifyCaller, settings.signIn().security(), clock);

            // Every use case publishes its order events here; with email on, this also writes the outbox.
            var notifications = Notifications.wire(settings.mail(), database, ids, clock);
            // ... and, for each webhook subscribed to the event, enqueues a delivery.
            var webhooks = OutgoingWebhooks.wire(settings.webhooks(), notifications.events(), database, ids, clock);
            // ... and, when an order is accepted or cancelled, writes the kitchen's print jobs.
            var printing = KitchenPrinting.wire(settings.printing(), webhooks.events(), database, passwords,
                    notifications.alerts(), ids, clock);
            // ... and, when an order is given up before capture, gives its promo code's redemption back,
            // ... and gives back the portions of an order rejected or cancelled before it was accepted.
            var events = new GivePortionsBack(new GiveBackRedemptions(printing.events(), database.promotions()),
                    database.orders(), database.portions());
            var promoCodes = new PromoCodes(database.promotions());
            var payments = Payments.wire(settings.payment(), database, events, ids, clock);
            var showMenu = new ShowMenu(database.restaurants(), database.menus(), database.photos(), database.portions(),
                    clock);
            var quoteCart = new QuoteCart(database.restaurants(), database.menus(), database.kitchenLoads(), promoCodes,
                    clock);
            var leases = new ClaimLeases(database.idempotencyKeys(), database.transactions(), clock,
                    settings.serving().claimLease());
            var placeOrder = new PlaceOrder(database.restaurants(), database.menus(), database.stations(),
                    database.portions(), database.orders(), database.kitchenLoads(), database.idempotencyKeys(), leases,
                    events, database.transactions(), payments.checkout(), ids, clock).withPromoCodes(promoCodes);
            var viewOrder = new ViewOrder(database.orders());
            var refundOrder = new RefundOrder(database.orders(), database.paymentOperations(), payments.instructions(),
                    payments.settlement(), events, database.transactions(), ids, clock);
            var transitionOrder = new TransitionOrder(database.orders(), database.restaurants(), database.kitchenLoads(),
                    events, database.transactions(), payments.instructions(), payments.settlement(), clock);
            var cancelOrder = new CancelOrder(database.orders(), transitionOrder);
            var rejectUnaccepted = new RejectUnaccepted(database.restaurants(), database.missedOrders(),
                    transitionOrder, (restaurantId, missedInARow, until) -> {
                        alertManagers(restaurantId, missedInARow, until, notifications.alerts().isPresent());
                        notifications.alerts().ifPresent(
                                email -> email.pausedForMissedOrders(restaurantId, missedInARow, until));
                    }, database.transactions(), clock);
            var acceptAutomatically = new AcceptAutomatically(database.orders(), database.restaurants(), transitionOrder);
            var staff = RestaurantSide.wire(database, events, passwords, placeOrder, transitionOrder, ids, clock);
            Optional<DemoService> demoService = demoSeeded
                    ? Optional.of(demoService(database, payments, leases, ids, clock)) : Optional.empty();
            var offerSlots = new OfferSlots(database.restaurants(), database.kitchenLoads(), clock);
            var api = new ChitApi(showMenu, quoteCart, offerSlots, placeOrder, viewOrder, cancelOrder,
                    acceptAutomatically, refundOrder, staff, clock);
            api.withAuthentication(authentication);
            api.withWebhooks(webhooks.manage());
            api.withPhotos(itemPhotos, new ShowPhoto(database.photos()));
            api.withPrinting(printing.manage(), printing.reprint(), printing.cloudPrnt());
            var printer = new PaperPrinter();
            api.withReceipts(new ShowReceipt(viewOrder, database.restaurants(), printer),
                    new PrintTicket(viewOrder, database.restaurants(), printer));
            var reportPrinter = new SalesReportPrinter();
            var showSummary = new ShowSalesSummary(database.restaurants(), database.salesRecords(), reportPrinter);
            api.withReports(new ExportOrders(database.restaurants(), database.salesRecords(), clock), showSummary,
                    reportPrinter);
            api.withPromotions(new ManagePromotions(database.restaurants(), database.promotions(),
                    database.transactions(), ids));
            api.withStations(new SetUpStations(database.menus(), database.stations(), database.transactions(), ids));
            api.withBumps(new BumpOrders(database.orders(), database.stations(), events, database.transactions(), clock));
            api.withScheduledReports(new ManageReports(database.restaurants(), database.reports(),
                    database.transactions(), clock));
            api.withUndelivered(new RetryUndelivered(database.restaurants(), database.deadLetters(),
                    database.transactions(), clock));
            var guestPayments = Payments.guestSide(settings.payment());
            api.withGuestPayments(guestPayments, payments.sandboxAnswers(database));
            var confirmPayment = new ConfirmPayment(database.orders(), database.paymentOperations(),
                    payments.gateway(), payments.accounts(), events, database.transactions(),
                    acceptAutomatically, clock).withPromotions(database.promotions());
            api.withPaymentConfirmation(confirmPayment);
            api.withItemSupply(new ChangeItemSupply(database.portions(), database.transactions()));
            api.withStripeEvents(payments.stripeEvents(), new HandlePaymentEvent(database.orders(),
                    database.paymentOperations(), database.receivedPaymentEvents(), confirmPayment, events,
                    order -> {
                        alertManagers(order, notifications.alerts().isPresent());
                        notifications.alerts().ifPresent(email -> email.orderDisputed(order));
                    }, database.transactions(), clock));
            // With email off the reports are still made and listed; nobody is emailed.
            var scheduledReports = new MakeScheduledReports(database.reports(), database.restaurants(), showSummary,
                    notifications.delivery().map(delivery -> database.outbox()), database.transactions(), ids, clock);

            // Live updates: the relay hears of every commit on this database (from any instance)
            // and hands the events to this server's sockets.
            var liveFrames = new LiveOrderFrames(new Json());
            var relay = new LiveRelay(database.orderEventLog(), database.orders(), liveFrames).start();
            database.orderEventSignals().start(relay);
            var live = new LiveUpdates(
                    new FollowBoard(database.restaurants(), database.orderEventLog(), database.orders(),
                            database.boards(), liveFrames, clock),
                    new FollowOrder(database.orders(), database.orderEventLog(), liveFrames),
                    relay, new PrinterTrouble(database.printers(), database.transactions()),
                    new MenuVersions(database.portions()), authentication.sockets(),
                    settings.live(), new Json(), clock);
            countLiveMetrics(database, relay);

            var readiness = new ShutdownReadiness();
            WebServer server = WebServer.builder()
                    .host(settings.host())
                    .port(settings.port())
                    // Main stops Chit in its own order on SIGTERM (stopGracefully), not Helidon's hook.
                    .shutdownHook(false)
                    // Requests in flight when the server stops get this long to finish.
                    .shutdownGracePeriod(settings.serving().drainFor())
                    // A connection (a live socket above all) that says nothing for this long is
                    // dropped; live sockets answer the server's pings, so only dead ones go.
                    .idleConnectionTimeout(settings.live().silentLimit())
                    .idleConnectionPeriod(idleCheckPeriod(settings.live()))
                    .maxPayloadSize(ChitApi.MAX_PAYLOAD_BYTES)
                    .directHandlers(api.directHandlers())
                    .addFeature(ObserveFeature.builder()
                            .addObserver(HealthObserver.builder()
                                    .addCheck(new DatabaseHealthCheck(database))
                                    .addCheck(readiness)
                                    .details(true)
                                    .build())
                            .addObserver(MetricsObserver.create())
                            .build())
                    // The hand-written contract (adapters-web META-INF/openapi.yaml), checked
                    // against the routes by a test; served as YAML, or JSON for Accept: application/json.
                    .addFeature(OpenApiFeature.builder().build())
                    .routing(routing -> {
                        api.register(routing);
                        // The guest's app and the portal, built into adapters-web's jar.
                        WebApps.fromClasspath(guestPayments).register(routing);
                    })
                    .addRouting(live.routing())
                    .update(builder -> publicSockets(builder, settings.signIn().publicOrigins()))
                    .build()
                    .start();
            // Renewing the running checkouts' claims never waits behind a long job: a thread of its own.
            var claimLeases = new Housekeeping("chit-claim-leases")
                    .every(leases.runEvery(), "renew-idempotency-claims", leases::renewAll);
            var housekeeping = new Housekeeping()
                    .every(settings.payment().settleEvery(), "settle-payments", payments.settlePayments()::settlePending)
                    .every(ACCEPT_TIMEOUT_SWEEP, "reject-unaccepted", rejectUnaccepted::sweep)
                    .every(Payments.abandonedCheckoutsSweep(settings.payment()), "cancel-abandoned-checkouts",
                            payments.abandonedCheckouts()::sweep)
                    .every(Duration.ofHours(1), "forget-idempotency-keys",
                            new ForgetIdempotencyKeys(database.idempotencyKeys(), clock)::forgetExpired);
            housekeeping.every(FIRE_SCHEDULED_SWEEP, "fire-scheduled-orders",
                    new FireScheduledOrders(database.scheduledOrders(), database.restaurants(), events,
                            database.transactions(), clock)::fireDue);
            // Items sold out until a time come back by themselves, as often as scheduled orders fire.
            housekeeping.every(FIRE_SCHEDULED_SWEEP, "bring-back-sold-out",
                    new BringBackSoldOut(database.portions(), clock)::bringBackDue);
            housekeeping.every(Duration.ofHours(1), "forget-old-events",
                    new ForgetOldEvents(database.orderEventLog(), clock)::forgetExpired);
            housekeeping.every(settings.webhooks().deliverEvery(), "deliver-webhooks", webhooks.delivery()::deliverDue)
                    .stoppedBy(webhooks.delivery()::stop);
            housekeeping.every(settings.printing().deliverEvery(), "print-tickets", printing.delivery()::deliverDue)
                    .stoppedBy(printing.delivery()::stop);
            notifications.delivery().ifPresent(delivery -> housekeeping
                    .every(settings.mail().deliverEvery(), "deliver-notifications", delivery::deliverDue)
                    .stoppedBy(delivery::stop));
            housekeeping.soonAndEvery(REPORTS_FIRST_RUN, REPORTS_EVERY, "make-scheduled-reports",
                    scheduledReports::makeDue);
            LOG.info(() -> "event=started url=" + baseUri(server) + " database=\"" + database.describe() + "\""
                    + " paymentGateway=" + settings.payment().gateway());
            return new Chit(database, housekeeping, claimLeases, server, api, relay, live, demoService, readiness,
                    settings.serving());
        } catch (RuntimeException failed) {
            database.close();
            throw failed;
        }
    }

    /**
     * Helidon refuses a WebSocket upgrade itself (403) unless its {@code Origin} matches the
     * {@code Host}, or, with a list of origins, is on the list: behind a proxy that rewrites
     * {@code Host}, the browser's upgrade can only pass by the list. With public origins set,
     * they are that list, and an upgrade straight to an instance's own address is refused; Chit's
     * own rule for cookie-signed upgrades ({@code CrossSiteRequests}) still applies after it.
     */
    private static void publicSockets(WebServerConfig.Builder builder, Set<String> publicOrigins) {
        if (!publicOrigins.isEmpty()) {
            builder.addProtocol(WsConfig.builder().name("websocket").origins(publicOrigins).build());
        }
    }

    private static void countLiveMetrics(Database database, LiveRelay relay) {
        LiveUpdates.count("chit.live.catch.ups", "Times the live relay read every board again (signals may have been lost)",
                relay::catchUps);
        if (database.orderEventSignals() instanceof PostgresOrderEventSignals listener) {
            LiveUpdates.count("chit.live.listener.reconnects",
                    "Times the LISTEN connection to PostgreSQL was lost and made again", listener::reconnects);
        }
    }

    private static Duration idleCheckPeriod(LiveSettings live) {
        Duration quarter = live.silentLimit().dividedBy(4);
        return quarter.compareTo(Duration.ofSeconds(5)) < 0 ? quarter : Duration.ofSeconds(5);
    }

    // CHIT_ADMIN_EMAIL and CHIT_ADMIN_PASSWORD make the first admin of a new installation; once
    // any admin exists they are ignored (use the create-admin command to add or reset one).
    // Managers' alerts are always logged; with email on, they are emailed too (see Notifications).
    private static void alertManagers(RestaurantId restaurantId, int missedInARow, Instant until, boolean email) {
        LOG.warning(() -> "event=managers-alert kind=paused-for-missed-orders restaurantId=" + restaurantId
                + " missedInARow=" + missedInARow + " until=" + until + " delivery=" + (email ? "email" : "log-only"));
    }

    private static void alertManagers(Order disputed, boolean email) {
        LOG.warning(() -> "event=managers-alert kind=order-disputed restaurantId=" + disputed.restaurantId()
                + " orderId=" + disputed.id() + " number=" + disputed.number()
                + " delivery=" + (email ? "email" : "log-only"));
    }

    private static void createFirstAdmin(SignInSettings signIn, CreateAdmin createAdmin) {
        if (signIn.adminEmail().isEmpty() && signIn.adminPassword().isEmpty()) {
            return;
        }
        if (signIn.adminEmail().isEmpty() || signIn.adminPassword().isEmpty()) {
            LOG.warning("event=admin-not-created reason=\"set both CHIT_ADMIN_EMAIL and CHIT_ADMIN_PASSWORD\"");
            return;
        }
        createAdmin.createFirst(signIn.adminEmail().get(), new NewPassword(signIn.adminPassword().get()))
                .ifPresent(result -> LOG.info(() -> "event=admin-" + result.outcome().name().toLowerCase(Locale.ROOT)
                        + " email=" + result.admin().email() + " userId=" + result.admin().id()));
    }

    /** Seeds the demo restaurant when asked and the database is empty; whether it did so now. */
    private static boolean seedDemoData(ChitSettings settings, Database database, Argon2Passwords passwords,
                                        ItemPhotos itemPhotos) {
        boolean wanted = switch (settings.demoData()) {
            case TRUE -> true;
            case FALSE -> false;
            case AUTO -> settings.database().url().isEmpty();
        };
        if (!wanted) {
            return false;
        }
        var demo = new DemoData(database.restaurants(), database.menus(), database.stations(), database.users(), passwords,
                database.transactions());
        if (!demo.seedIfEmpty()) {
            return false;
        }
        DemoPhotos.attach(itemPhotos);
        LOG.info(() -> "event=demo-seeded restaurantId=" + DemoData.RESTAURANT
                + " managerEmail=" + DemoData.MANAGER_EMAIL);
        return true;
    }

    /**
     * The demo's own checkout and moves, on a clock it sets to each moment of the past it places.
     * They publish to the event store alone: the past emails no guest and calls no webhook.
     */
    private static DemoService demoService(Database database, Payments payments, ClaimLeases leases, IdGenerator ids,
                                           Clock clock) {
        var demoClock = new DemoService.SettableClock(clock);
        var placeOrder = new PlaceOrder(database.restaurants(), database.menus(), database.stations(),
                database.orders(), database.kitchenLoads(), database.idempotencyKeys(), leases, database.orderEvents(),
                database.transactions(), payments.checkout(), ids, demoClock);
        var moves = new TransitionOrder(database.orders(), database.restaurants(), database.kitchenLoads(),
                database.orderEvents(), database.transactions(), payments.instructions(), payments.settlement(),
                demoClock);
        return new DemoService(placeOrder, moves, demoClock, DemoData.restaurant());
    }

    /**
     * Gives a demo restaurant seeded at this start its past four weeks and a service in progress.
     * {@code bin/chit} asks for it; tests start on a quiet demo restaurant.
     */
    void fillDemoService() {
        fillDemoService(Instant.now());
    }

    /** As {@link #fillDemoService()}, as if it were {@code now}. */
    void fillDemoService(Instant now) {
        demoService.ifPresent(demo -> {
            LOG.info("event=demo-service-filling effect=\"four weeks of orders, placed once, on the first start\"");
            long started = System.nanoTime();
            try {
                demo.fill(now);
            } catch (RuntimeException cutShort) {
                if (!readiness.isStopping()) {
                    throw cutShort;
                }
                // Stopped while filling (the database is closing under it): the demo is a demo.
                LOG.info("event=demo-service-cut-short reason=stopping");
                return;
            }
            LOG.info(() -> "event=demo-service-filled days=" + DemoService.DAYS_OF_HISTORY
                    + " tookMs=" + Duration.ofNanos(System.nanoTime() - started).toMillis());
        });
    }

    /** Whether the demo restaurant is here (seeded now or on an earlier start), so Main can point to it. */
    boolean servesDemo() {
        return database.restaurants().find(DemoData.RESTAURANT).isPresent();
    }

    /** The routes the API serves, as its services declare them. */
    public List<RouteTable.Route> routes() {
        return api.routes();
    }

    public int port() {
        return server.port();
    }

    public URI baseUri() {
        return baseUri(server);
    }

    private static URI baseUri(WebServer server) {
        return URI.create("http://localhost:" + server.port());
    }

    /**
     * Stops as a load balancer's member should (SIGTERM): readiness answers DOWN for
     * {@link ServingSettings#unreadyFor} while every request is still served, so the balancer
     * sends new ones elsewhere; then {@link #close}.
     */
    public void stopGracefully() {
        readiness.stopping();
        LOG.info(() -> "event=stopping phase=unready seconds=" + serving.unreadyFor().toSeconds());
        try {
            Thread.sleep(serving.unreadyFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    /**
     * Stops: live sockets are closed with 1012 (clients resume at once elsewhere, with afterSeq),
     * the jobs finish what they have in hand and give back the queue messages they claimed and did
     * not begin, the server takes no more connections and gives requests in flight up to
     * {@link ServingSettings#drainFor} to finish; then the database goes.
     */
    @Override
    public void close() {
        readiness.stopping();
        LOG.info(() -> "event=stopping phase=drain seconds=" + serving.drainFor().toSeconds());
        live.close();
        housekeeping.close();
        server.stop();
        relay.close();
        claimLeases.close();
        database.close();
        LOG.info("event=stopped");
    }
}
