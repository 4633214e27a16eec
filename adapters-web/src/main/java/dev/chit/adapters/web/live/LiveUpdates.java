package dev.chit.adapters.web.live;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.live.SocketTarget.Board;
import dev.chit.adapters.web.security.SocketAuthentication;
import dev.chit.adapters.web.security.SocketAuthentication.Known;
import dev.chit.adapters.web.security.SocketAuthentication.Verdict;
import dev.chit.application.live.FollowBoard;
import dev.chit.application.live.FollowOrder;
import dev.chit.application.live.LiveRelay;
import dev.chit.application.live.MenuVersions;
import dev.chit.application.live.PrinterTrouble;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.webserver.websocket.WsRouting;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The two live endpoints, ready for the server ({@link #routing()}), and what keeps their
 * sockets honest while they stay open: a ping every {@link LiveSettings#pingEvery()} (a client
 * silent for {@link LiveSettings#silentLimit()} is closed), and every
 * {@link LiveSettings#recheckEvery()} the board sockets' credentials asked again, once per
 * distinct credential: a signed-out or expired session, or a dismissed member, is closed with
 * 4401 within seconds, on every instance. Every {@link #PRINTERS_EVERY} the printers of each
 * restaurant with an open board are read again, and each of its boards is sent a {@code printers}
 * frame when the list of those not {@code ONLINE} is not what it was last told (whichever
 * instance saw the printer). As often, each such restaurant's menu version is read, and a board
 * that saw another one is sent {@code menu.updated} (whichever instance changed the menu).
 */
public final class LiveUpdates implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LiveUpdates.class.getName());
    private static final int GOING_AWAY = 1001;
    /** "Service restart": the client connects again at once (to another instance) and resumes with afterSeq. */
    private static final int SERVICE_RESTART = 1012;
    /** How often the printers of the watched restaurants are read: "on the board within seconds". */
    static final Duration PRINTERS_EVERY = Duration.ofSeconds(2);

    private final FollowBoard followBoard;
    private final FollowOrder followOrder;
    private final LiveRelay relay;
    private final PrinterFrames printerFrames;
    private final MenuVersions menuVersions;
    private final String menuUpdated;
    private final SocketAuthentication authentication;
    private final LiveSettings settings;
    private final Json json;
    private final Clock clock;
    private final LiveMetrics metrics = new LiveMetrics();
    private final Set<LiveSocket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();
    private final ScheduledExecutorService sweeps = Executors.newSingleThreadScheduledExecutor(task ->
            Thread.ofPlatform().daemon().name("chit-live-sweeps").unstarted(task));

    public LiveUpdates(FollowBoard followBoard, FollowOrder followOrder, LiveRelay relay,
                       PrinterTrouble printerTrouble, MenuVersions menuVersions, SocketAuthentication authentication,
                       LiveSettings settings, Json json, Clock clock) {
        this.menuVersions = menuVersions;
        this.menuUpdated = new String(json.write(Map.of("type", "menu.updated")), StandardCharsets.UTF_8);
        this.followBoard = followBoard;
        this.followOrder = followOrder;
        this.relay = relay;
        this.printerFrames = new PrinterFrames(printerTrouble, json);
        this.authentication = authentication;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        metrics.openSockets("board", () -> count(true));
        metrics.openSockets("order", () -> count(false));
        LiveMetrics.count("chit.live.events.relayed", "Order events this server handed to its live clients",
                relay::eventsRelayed);
        long pingMillis = settings.pingEvery().toMillis();
        sweeps.scheduleWithFixedDelay(() -> safely("ping", this::ping), pingMillis, pingMillis, TimeUnit.MILLISECONDS);
        long recheckMillis = settings.recheckEvery().toMillis();
        sweeps.scheduleWithFixedDelay(() -> safely("recheck", this::recheck), recheckMillis, recheckMillis,
                TimeUnit.MILLISECONDS);
        long printersMillis = PRINTERS_EVERY.toMillis();
        sweeps.scheduleWithFixedDelay(() -> safely("printers", this::watchPrinters), printersMillis, printersMillis,
                TimeUnit.MILLISECONDS);
        sweeps.scheduleWithFixedDelay(() -> safely("menus", this::watchMenus), printersMillis, printersMillis,
                TimeUnit.MILLISECONDS);
    }

    /** {@code /ws/restaurants/{restaurantId}/orders} and {@code /ws/orders/{orderId}}, a listener per socket. */
    public WsRouting.Builder routing() {
        return WsRouting.builder()
                .endpoint(SocketTarget.BOARD_PATH, () -> new LiveSocket(this, ids.incrementAndGet()))
                .endpoint(SocketTarget.TRACKING_PATH, () -> new LiveSocket(this, ids.incrementAndGet()));
    }

    /** Counts of the listener and relay, for the server's metrics (the composition root knows them). */
    public static void count(String name, String description, Supplier<Long> count) {
        LiveMetrics.count(name, description, count);
    }

    private void ping() {
        Instant silentSince = clock.instant().minus(settings.silentLimit());
        for (LiveSocket socket : open) {
            if (socket.lastHeard().isBefore(silentSince)) {
                socket.close(GOING_AWAY, "no answer to pings");
            } else {
                socket.ping();
            }
        }
    }

    // Once per distinct credential: a board of 30 tablets signed in as one account costs one check.
    private void recheck() {
        Map<String, Verdict> verdicts = new HashMap<>();
        for (LiveSocket socket : open) {
            if (!(socket.target().orElse(null) instanceof Board board) || socket.known().isEmpty()) {
                continue;
            }
            Known known = socket.known().get();
            Verdict now = verdicts.computeIfAbsent(known.credentials().key(),
                    key -> authentication.again(known.credentials()));
            boolean stillAllowed = now instanceof Known still
                    && followBoard.allowed(still.identity().caller(), board.restaurantId());
            if (!stillAllowed) {
                LOG.log(Level.INFO, "event=live-socket-signed-out restaurantId={0} userId={1}", board.restaurantId(),
                        known.identity().caller().userId());
                socket.close(LiveSocket.NOT_AUTHENTICATED, "signed out");
            }
        }
    }

    // One read per restaurant however many of its screens are open; a frame to each screen not told yet.
    private void watchPrinters() {
        boards().forEach((restaurantId, sockets) -> {
            String frame = printerFrames.now(restaurantId);
            long told = sockets.stream().filter(socket -> socket.tellPrinters(frame, printerFrames.allFine())).count();
            if (told > 0) {
                LOG.log(Level.INFO, "event=live-printers-changed restaurantId={0} sockets={1}", restaurantId,
                        String.valueOf(told));
            }
        });
    }

    // One read of the menu version per restaurant with open boards; menu.updated to each board
    // that saw another version (the version lives in the database: a change on any instance counts).
    private void watchMenus() {
        boards().forEach((restaurantId, sockets) -> menuVersions.of(restaurantId).ifPresent(version -> {
            long told = sockets.stream().filter(socket -> socket.tellMenu(version, menuUpdated)).count();
            if (told > 0) {
                LOG.log(Level.INFO, "event=live-menu-updated restaurantId={0} sockets={1} menuVersion={2}",
                        restaurantId, String.valueOf(told), String.valueOf(version));
            }
        }));
    }

    private Map<RestaurantId, List<LiveSocket>> boards() {
        return open.stream()
                .filter(socket -> socket.target().orElse(null) instanceof Board && socket.restaurantId().isPresent())
                .collect(Collectors.groupingBy(socket -> socket.restaurantId().get()));
    }

    private static void safely(String sweep, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=live-sweep-failed sweep={0} error=\"{1}\"", sweep, failed.getMessage());
        }
    }

    private int count(boolean boards) {
        return (int) open.stream().filter(socket -> socket.target().orElse(null) instanceof Board == boards).count();
    }

    /** Closes every socket (clients reconnect elsewhere and resume) and stops the sweeps. */
    @Override
    public void close() {
        sweeps.shutdownNow();
        open.forEach(socket -> socket.close(SERVICE_RESTART, "server restarting"));
    }

    // For the sockets.

    void opened(LiveSocket socket) {
        open.add(socket);
    }

    void closed(LiveSocket socket) {
        open.remove(socket);
    }

    FollowBoard followBoard() {
        return followBoard;
    }

    FollowOrder followOrder() {
        return followOrder;
    }

    LiveRelay relay() {
        return relay;
    }

    /** Tells a board socket that just opened of its restaurant's printers not ONLINE, if there are any. */
    void tellPrinters(LiveSocket socket, RestaurantId restaurantId) {
        socket.tellPrinters(printerFrames.now(restaurantId), printerFrames.allFine());
        // The version the board's menu is at when it opens: a change from here on is told.
        menuVersions.of(restaurantId).ifPresent(version -> socket.tellMenu(version, menuUpdated));
    }

    SocketAuthentication authentication() {
        return authentication;
    }

    LiveSettings settings() {
        return settings;
    }

    LiveMetrics metrics() {
        return metrics;
    }

    Json json() {
        return json;
    }

    Clock clock() {
        return clock;
    }
}
