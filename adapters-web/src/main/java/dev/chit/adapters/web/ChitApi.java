package dev.chit.adapters.web;

import dev.chit.adapters.web.apps.GuestPayments;
import dev.chit.adapters.web.auth.Authentication;
import dev.chit.adapters.web.checkout.QuoteService;
import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.kitchen.StationService;
import dev.chit.adapters.web.menu.ItemSupplyService;
import dev.chit.adapters.web.menu.MenuService;
import dev.chit.adapters.web.orders.BumpService;
import dev.chit.adapters.web.orders.OrderService;
import dev.chit.adapters.web.orders.PaymentConfirmationService;
import dev.chit.adapters.web.orders.StripeEventService;
import dev.chit.adapters.web.orders.SandboxAuthenticationService;
import dev.chit.adapters.web.photos.PhotoService;
import dev.chit.adapters.web.orders.PassService;
import dev.chit.adapters.web.orders.RefundService;
import dev.chit.adapters.web.problem.ProblemDirectHandler;
import dev.chit.adapters.web.problem.ProblemMapping;
import dev.chit.adapters.web.problem.ProblemType;
import dev.chit.adapters.web.problem.ProblemWriter;
import dev.chit.adapters.web.receipts.ReceiptService;
import dev.chit.adapters.web.reports.ReportScheduleService;
import dev.chit.adapters.web.reports.ReportService;
import dev.chit.adapters.web.restaurants.RestaurantService;
import dev.chit.adapters.web.staff.StaffService;
import dev.chit.adapters.web.support.AccessLog;
import dev.chit.adapters.web.support.ApiPaths;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.HeadAsGet;
import dev.chit.adapters.web.support.RequestIdFilter;
import dev.chit.adapters.web.support.RouteTable;
import dev.chit.adapters.web.support.StorableParameters;
import dev.chit.adapters.web.undelivered.UndeliveredService;
import dev.chit.adapters.web.printing.CloudPrntService;
import dev.chit.adapters.web.printing.PrinterService;
import dev.chit.adapters.web.promotions.PromotionService;
import dev.chit.adapters.web.webhooks.WebhookService;
import dev.chit.application.checkout.OfferSlots;
import dev.chit.application.checkout.PlaceOrder;
import dev.chit.application.checkout.QuoteCart;
import dev.chit.application.delivery.RetryUndelivered;
import dev.chit.application.menu.ChangeItemSupply;
import dev.chit.application.menu.ShowMenu;
import dev.chit.application.orders.AcceptAutomatically;
import dev.chit.application.orders.BumpOrders;
import dev.chit.application.photos.ItemPhotos;
import dev.chit.application.photos.ShowPhoto;
import dev.chit.application.orders.CancelOrder;
import dev.chit.application.orders.CompleteSandboxAuthentication;
import dev.chit.application.orders.RefundOrder;
import dev.chit.application.orders.ViewOrder;
import dev.chit.application.orders.ConfirmPayment;
import dev.chit.application.orders.HandlePaymentEvent;
import dev.chit.domain.port.PaymentEvents;
import dev.chit.application.receipts.PrintTicket;
import dev.chit.application.receipts.ShowReceipt;
import dev.chit.application.reports.ExportOrders;
import dev.chit.application.reports.ManageReports;
import dev.chit.application.reports.ReportPrinter;
import dev.chit.application.reports.ShowSalesSummary;
import dev.chit.application.printing.CloudPrnt;
import dev.chit.application.printing.ManagePrinters;
import dev.chit.application.printing.ReprintTickets;
import dev.chit.application.promotions.ManagePromotions;
import dev.chit.application.stations.SetUpStations;
import dev.chit.application.webhooks.ManageWebhooks;
import dev.chit.domain.photo.PhotoRules;
import io.helidon.http.DirectHandler;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP API of Chit, ready to be put on a Helidon WebServer by the composition root:
 *
 * <pre>{@code
 * ChitApi api = new ChitApi(showMenu, quoteCart, offerSlots, placeOrder, viewOrder, cancelOrder, acceptAutomatically,
 *         refundOrder, staffUseCases, clock);
 * WebServer.builder()
 *         .port(port)
 *         .maxPayloadSize(ChitApi.MAX_PAYLOAD_BYTES)
 *         .directHandlers(api.directHandlers())
 *         .routing(api::register)
 *         .build()
 *         .start();
 * }</pre>
 *
 * It reads no configuration and holds no global state: everything it needs comes in here.
 */
public final class ChitApi {

    public static final String BASE_PATH = ApiPaths.BASE;

    /** The largest request body the API reads (256 KiB); larger ones get a 413 problem. */
    public static final int MAX_BODY_BYTES = JsonBody.MAX_BYTES;

    /**
     * For {@code WebServerConfig.maxPayloadSize}: the transport's backstop. It sits above
     * {@link #MAX_BODY_BYTES} and a photo's {@link PhotoRules#MAX_BYTES} so that the API's own limit, which answers with a problem document
     * and the request id, is the one clients normally meet.
     */
    public static final long MAX_PAYLOAD_BYTES = 2L * PhotoRules.MAX_BYTES;

    private final ShowMenu showMenu;
    private final QuoteCart quoteCart;
    private final OfferSlots offerSlots;
    private final PlaceOrder placeOrder;
    private final ViewOrder viewOrder;
    private final CancelOrder cancelOrder;
    private final AcceptAutomatically acceptAutomatically;
    private final RefundOrder refundOrder;
    private final StaffUseCases staff;
    // The one clock of the application, for what the API itself will date (sessions, rate
    // limits) in later issues; nothing in the guest routes reads the time outside the use cases.
    private final Clock clock;
    private final Json json = new Json();
    private final ProblemWriter problems = new ProblemWriter(json);
    private final AccessLog accessLog = new AccessLog();
    private Optional<Authentication> authentication = Optional.empty();
    private Optional<ReceiptService> receipts = Optional.empty();
    private Optional<WebhookService> webhooks = Optional.empty();
    private Optional<ReportService> reports = Optional.empty();
    private Optional<ReportScheduleService> reportSchedule = Optional.empty();
    private Optional<UndeliveredService> undelivered = Optional.empty();
    private Optional<PrinterService> printers = Optional.empty();
    private Optional<CloudPrntService> cloudPrnt = Optional.empty();
    private Optional<StationService> stations = Optional.empty();
    private Optional<PromotionService> promotions = Optional.empty();
    private Optional<BumpService> bumps = Optional.empty();
    private Optional<PaymentConfirmationService> paymentConfirmation = Optional.empty();
    private Optional<StripeEventService> stripeEvents = Optional.empty();
    private Optional<PhotoService> photos = Optional.empty();
    private Optional<ItemSupplyService> itemSupply = Optional.empty();
    private GuestPayments guestPayments = GuestPayments.sandbox();
    private Optional<CompleteSandboxAuthentication> sandboxAuthentication = Optional.empty();

    public ChitApi(ShowMenu showMenu, QuoteCart quoteCart, OfferSlots offerSlots, PlaceOrder placeOrder,
                   ViewOrder viewOrder,
                   CancelOrder cancelOrder, AcceptAutomatically acceptAutomatically, RefundOrder refundOrder,
                   StaffUseCases staff, Clock clock) {
        this.showMenu = Objects.requireNonNull(showMenu, "showMenu");
        this.quoteCart = Objects.requireNonNull(quoteCart, "quoteCart");
        this.offerSlots = Objects.requireNonNull(offerSlots, "offerSlots");
        this.placeOrder = Objects.requireNonNull(placeOrder, "placeOrder");
        this.viewOrder = Objects.requireNonNull(viewOrder, "viewOrder");
        this.cancelOrder = Objects.requireNonNull(cancelOrder, "cancelOrder");
        this.acceptAutomatically = Objects.requireNonNull(acceptAutomatically, "acceptAutomatically");
        this.staff = Objects.requireNonNull(staff, "staff");
        this.refundOrder = Objects.requireNonNull(refundOrder, "refundOrder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Signing in and knowing who calls. Without it the API serves guests only: every route that
     * needs a caller answers 401. Call before {@link #register}.
     */
    public ChitApi withAuthentication(Authentication authentication) {
        this.authentication = Optional.of(authentication);
        return this;
    }

    /**
     * Receipts and kitchen tickets ({@code /orders/{orderId}/receipt}, {@code .../ticket}). Without
     * them those routes are not served. Call before {@link #register}.
     */
    public ChitApi withReceipts(ShowReceipt showReceipt, PrintTicket printTicket) {
        this.receipts = Optional.of(new ReceiptService(showReceipt, printTicket, json));
        return this;
    }

    /**
     * A restaurant's webhooks ({@code /restaurants/{restaurantId}/webhooks...}). Without them those
     * routes are not served. Call before {@link #register}.
     */
    public ChitApi withWebhooks(ManageWebhooks manageWebhooks) {
        this.webhooks = Optional.of(new WebhookService(manageWebhooks, json));
        return this;
    }

    /**
     * Exports and sales summaries ({@code .../orders/export}, {@code .../reports/summary}). Without
     * them those routes are not served. Call before {@link #register}.
     */
    public ChitApi withReports(ExportOrders exportOrders, ShowSalesSummary showSummary, ReportPrinter printer) {
        this.reports = Optional.of(new ReportService(exportOrders, showSummary, printer, json));
        return this;
    }

    /**
     * The report schedule and the reports made from it ({@code .../report-schedule},
     * {@code .../reports}, {@code .../reports/{reportId}/download}). Call before {@link #register}.
     */
    public ChitApi withScheduledReports(ManageReports manageReports) {
        this.reportSchedule = Optional.of(new ReportScheduleService(manageReports, json));
        return this;
    }

    /**
     * The emails and webhook deliveries given up on ({@code .../undelivered-emails},
     * {@code .../undelivered-webhooks}), to list and retry. Call before {@link #register}.
     */
    public ChitApi withUndelivered(RetryUndelivered retryUndelivered) {
        this.undelivered = Optional.of(new UndeliveredService(retryUndelivered, json));
        return this;
    }

    /**
     * Kitchen printers ({@code .../printers...}, {@code .../print-jobs}, {@code /orders/{orderId}/reprint})
     * and Star CloudPRNT's polls ({@code /cloudprnt/{printerId}}). Call before {@link #register}.
     */
    public ChitApi withPrinting(ManagePrinters managePrinters, ReprintTickets reprintTickets, CloudPrnt polls) {
        this.printers = Optional.of(new PrinterService(managePrinters, reprintTickets, json, clock));
        this.cloudPrnt = Optional.of(new CloudPrntService(polls, json));
        return this;
    }

    /** Promo codes ({@code /restaurants/{restaurantId}/promotions}). Call before {@link #register}. */
    public ChitApi withPromotions(ManagePromotions managePromotions) {
        this.promotions = Optional.of(new PromotionService(managePromotions, json));
        return this;
    }

    /**
     * Timed sell-outs and portions of an item ({@code PATCH /restaurants/{restaurantId}/menu/items/{itemId}}).
     * Call before {@link #register}.
     */
    public ChitApi withItemSupply(ChangeItemSupply changeItemSupply) {
        this.itemSupply = Optional.of(new ItemSupplyService(changeItemSupply, json, clock));
        return this;
    }

    /**
     * The kitchen's stations ({@code /restaurants/{restaurantId}/stations}). Call before {@link #register}.
     */
    public ChitApi withStations(SetUpStations setUpStations) {
        this.stations = Optional.of(new StationService(setUpStations, json));
        return this;
    }

    /**
     * The kitchen screens' bumps and recalls ({@code /orders/{orderId}/lines/{lineId}/bump}, ...,
     * {@code /orders/{orderId}/recall}). Call before {@link #register}.
     */
    public ChitApi withBumps(BumpOrders bumpOrders) {
        this.bumps = Optional.of(new BumpService(bumpOrders, json));
        return this;
    }

    /**
     * The guest's confirmation of a payment their bank checked (3-D Secure):
     * {@code POST /orders/{orderId}/payment/confirm}. Call before {@link #register}.
     */
    public ChitApi withPaymentConfirmation(ConfirmPayment confirmPayment) {
        this.paymentConfirmation = Optional.of(new PaymentConfirmationService(viewOrder, confirmPayment, json));
        return this;
    }

    /**
     * Stripe's webhook ({@code POST /payments/stripe/events}); without Stripe's events (the sandbox,
     * or no signing secret) the route answers 404. Call before {@link #register}.
     */
    public ChitApi withStripeEvents(Optional<PaymentEvents> paymentEvents, HandlePaymentEvent handlePaymentEvent) {
        this.stripeEvents = Optional.of(new StripeEventService(paymentEvents, handlePaymentEvent, json));
        return this;
    }

    /**
     * How the guest's app takes cards, shown with the menu (the sandbox unless said otherwise), and,
     * with the sandbox, the guest's answers to its stand-in for the bank's check
     * ({@code POST /orders/{orderId}/payment/sandbox-authentication}; 404 without it). Call before
     * {@link #register}.
     */
    public ChitApi withGuestPayments(GuestPayments payments, Optional<CompleteSandboxAuthentication> sandbox) {
        this.guestPayments = Objects.requireNonNull(payments, "payments");
        this.sandboxAuthentication = Objects.requireNonNull(sandbox, "sandbox");
        return this;
    }

    /**
     * Menu items' photos ({@code .../menu/items/{itemId}/photo}, {@code /photos/{hash}}). Without them
     * those routes are not served. Call before {@link #register}.
     */
    public ChitApi withPhotos(ItemPhotos itemPhotos, ShowPhoto showPhoto) {
        this.photos = Optional.of(new PhotoService(itemPhotos, showPhoto, json));
        return this;
    }

    /** Installs the request-id filter, the problem mapping and the API's services. */
    public void register(HttpRouting.Builder routing) {
        routing.addFilter(new RequestIdFilter(accessLog));
        // HEAD on every GET route of this routing (the web apps' too), routed as the GET it mirrors.
        routing.addFilter(new HeadAsGet());
        routing.addFilter(new StorableParameters());
        // Preflights are answered before anyone is asked for credentials (a browser sends none with them).
        authentication.ifPresent(auth -> routing.addFilter(auth.crossOriginGuests()));
        // After the request id (which the access log needs), before any route asks who calls.
        authentication.ifPresent(auth -> routing.addFilter(auth.filter()));
        new ProblemMapping(problems).register(routing);
        routing.register(BASE_PATH, services().toArray(HttpService[]::new));
        cloudPrnt.ifPresent(service -> routing.register(CloudPrntService.PREFIX, service));
    }

    /** Every route the API serves, as its services declare them: what the OpenAPI document must list. */
    public List<RouteTable.Route> routes() {
        List<RouteTable.Route> routes = new ArrayList<>(RouteTable.of(BASE_PATH, services()));
        cloudPrnt.ifPresent(service -> routes.addAll(RouteTable.of(CloudPrntService.PREFIX, List.of(service))));
        return List.copyOf(routes);
    }

    private List<HttpService> services() {
        List<HttpService> services = new ArrayList<>();
        authentication.ifPresent(auth -> services.add(auth.service(json)));
        services.add(new MenuService(showMenu, staff.replaceMenu(), guestPayments, json));
        services.add(new QuoteService(quoteCart, offerSlots, json));
        services.add(new OrderService(placeOrder, viewOrder, cancelOrder, acceptAutomatically, json));
        services.add(new RestaurantService(staff.showRestaurants(), staff.openRestaurant(), staff.changeSettings(),
                json));
        services.add(new StaffService(staff.listStaff(), staff.hireStaff(), staff.dismissStaff(), json));
        services.add(new PassService(staff.listOrders(), staff.enterOrder(), staff.moveOrder(), staff.bulkTransitionOrders(),
                staff.delayOrder(), json));
        services.add(new RefundService(refundOrder, json));
        receipts.ifPresent(services::add);
        webhooks.ifPresent(services::add);
        reports.ifPresent(services::add);
        reportSchedule.ifPresent(services::add);
        undelivered.ifPresent(services::add);
        printers.ifPresent(services::add);
        stations.ifPresent(services::add);
        promotions.ifPresent(services::add);
        bumps.ifPresent(services::add);
        paymentConfirmation.ifPresent(services::add);
        stripeEvents.ifPresent(services::add);
        services.add(new SandboxAuthenticationService(viewOrder, sandboxAuthentication, json));
        photos.ifPresent(services::add);
        itemSupply.ifPresent(services::add);
        return services;
    }

    /** Problem documents also for what Helidon refuses before routing (oversized bodies, bad request lines). */
    public DirectHandlers directHandlers() {
        ProblemDirectHandler handler = new ProblemDirectHandler(problems, accessLog);
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    /** Every problem type the API may answer with, for the OpenAPI document. */
    public static List<ProblemType> problemTypes() {
        return List.of(ProblemType.values());
    }
}
