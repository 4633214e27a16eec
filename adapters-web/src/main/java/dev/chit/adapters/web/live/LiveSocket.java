package dev.chit.adapters.web.live;

import dev.chit.adapters.web.json.UnreadableJson;
import dev.chit.adapters.web.live.SocketTarget.Board;
import dev.chit.adapters.web.live.SocketTarget.Tracking;
import dev.chit.adapters.web.problem.Problem;
import dev.chit.adapters.web.problem.ProblemType;
import dev.chit.adapters.web.security.SocketAuthentication;
import dev.chit.adapters.web.security.SocketAuthentication.Known;
import dev.chit.adapters.web.security.SocketAuthentication.Verdict;
import dev.chit.application.live.BoardSync;
import dev.chit.application.live.LiveRelay.Subscription;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.error.Violation;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.DatabaseUnavailable;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.common.buffers.BufferData;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One client's live socket, from the upgrade to the close. The upgrade's credentials are
 * checked before anything is sent; a socket that may not follow its board or order is closed
 * at once with 4401 (no or bad credentials) or 4403 (not allowed, or no such restaurant or
 * order: which one is never said). Then it subscribes, is brought up to date (replay or
 * snapshot), and receives live events until it goes. While the database is away a socket
 * cannot be checked nor brought up to date: it is closed with 1013 (try again later), and the
 * client reconnects with {@code afterSeq} as after any close.
 */
final class LiveSocket implements WsListener {

    static final int NOT_AUTHENTICATED = 4401;
    static final int NOT_ALLOWED = 4403;
    private static final int SERVER_ERROR = 1011;
    static final int TRY_AGAIN_LATER = 1013;
    private static final int MAX_CLIENT_FRAME_CHARS = 64 * 1024;
    private static final int MAX_CONTROL_PAYLOAD = 125;
    private static final int PROTOCOL_ERROR = 1002;
    private static final System.Logger LOG = System.getLogger(LiveSocket.class.getName());

    private final LiveUpdates live;
    private final long id;
    private Optional<SocketTarget> target = Optional.empty();
    private String path = "";
    private Optional<Verdict> verdict = Optional.empty();
    private Optional<String> accessToken = Optional.empty();
    private OptionalLong afterSeq = OptionalLong.empty();
    private boolean badAfterSeq;
    private boolean databaseAway;
    private final StringBuilder partial = new StringBuilder();

    private volatile Supplier<BoardSync> sync;
    private volatile Outbound out;
    private volatile Follower follower;
    private volatile Subscription subscription;
    private volatile RestaurantId restaurantId;
    private volatile Instant lastHeard;
    private Long menuVersionSeen;
    private String printersTold;
    private final AtomicBoolean gone = new AtomicBoolean();

    LiveSocket(LiveUpdates live, long id) {
        this.live = live;
        this.id = id;
    }

    @Override
    public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) {
        path = prologue.uriPath().path();
        target = SocketTarget.of(path);
        var query = prologue.query();
        if (query.contains("afterSeq")) {
            try {
                long seq = Long.parseLong(query.get("afterSeq"));
                badAfterSeq = seq < 0;
                afterSeq = seq < 0 ? OptionalLong.empty() : OptionalLong.of(seq);
            } catch (NumberFormatException notANumber) {
                badAfterSeq = true;
            }
        }
        if (target.orElse(null) instanceof Tracking) {
            accessToken = query.first("token").asOptional().filter(token -> !token.isBlank());
        } else {
            try {
                verdict = Optional.of(live.authentication().identify(prologue, headers));
            } catch (DatabaseUnavailable away) {
                databaseAway = true;
            }
        }
        return Optional.empty();
    }

    @Override
    public void onOpen(WsSession session) {
        lastHeard = live.clock().instant();
        if (databaseAway) {
            closeForLater(session);
            return;
        }
        try {
            switch (target.orElse(null)) {
                case Board board -> openBoard(session, board);
                case Tracking tracking -> openTracking(session, tracking);
                case null -> refuse(session, NOT_ALLOWED, "not allowed");
            }
        } catch (DatabaseUnavailable away) {
            closeForLater(session);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=live-socket-failed socket={0} error=\"{1}\"", String.valueOf(id),
                    failed.getMessage());
            if (out != null) {
                out.close(SERVER_ERROR, "server error");
            } else {
                session.close(SERVER_ERROR, "server error");
            }
        }
    }

    private void openBoard(WsSession session, Board board) {
        if (!(verdict.orElse(null) instanceof Known known)) {
            refuse(session, NOT_AUTHENTICATED, verdict.orElse(null) instanceof SocketAuthentication.Refused
                    ? "credentials not valid" : "sign in first");
            return;
        }
        if (!live.followBoard().allowed(known.identity().caller(), board.restaurantId())) {
            refuse(session, NOT_ALLOWED, "not allowed");
            return;
        }
        start(session, board.restaurantId(), orderId -> true,
                () -> live.followBoard().sync(board.restaurantId(), afterSeq));
        // After the board's orders: the printers that are not ONLINE, if any; then each change of them.
        live.tellPrinters(this, board.restaurantId());
        LOG.log(Level.INFO, "event=live-socket-opened socket={0} endpoint=board restaurantId={1} userId={2}"
                + " credential={3} afterSeq={4}", String.valueOf(id), board.restaurantId(),
                known.identity().caller().userId(), known.identity().credential(), afterSeqText());
    }

    private void openTracking(WsSession session, Tracking tracking) {
        if (accessToken.isEmpty()) {
            refuse(session, NOT_AUTHENTICATED, "the order's access token is missing");
            return;
        }
        Order order;
        try {
            order = live.followOrder().requireAllowed(tracking.orderId(), accessToken.get());
        } catch (NotFound notAllowed) {
            refuse(session, NOT_ALLOWED, "not allowed");
            return;
        }
        start(session, order.restaurantId(), tracking.orderId()::equals,
                () -> live.followOrder().sync(order, afterSeq));
        LOG.log(Level.INFO, "event=live-socket-opened socket={0} endpoint=order orderId={1} afterSeq={2}",
                String.valueOf(id), tracking.orderId(), afterSeqText());
    }

    private void start(WsSession session, RestaurantId restaurant, Predicate<OrderId> wanted,
                       Supplier<BoardSync> sync) {
        restaurantId = restaurant;
        out = new Outbound(session, live.settings().sendQueueFrames(), live.metrics(), live.clock(),
                "chit-live-socket-" + id);
        follower = new Follower(wanted, out, live.metrics()::closedBehind);
        this.sync = sync;
        live.opened(this);
        if (badAfterSeq) {
            sendError("afterSeq", "invalid", "afterSeq must be a whole number of 0 or more; here is the snapshot");
        }
        subscription = live.relay().subscribe(restaurant, follower);
        follower.synced(sync.get());
    }

    @Override
    public void onMessage(WsSession session, String text, boolean last) {
        lastHeard = live.clock().instant();
        if (partial.length() + text.length() > MAX_CLIENT_FRAME_CHARS) {
            partial.setLength(0);
            sendError(null, "too-large", "a client frame may hold at most " + MAX_CLIENT_FRAME_CHARS + " characters");
            return;
        }
        partial.append(text);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            handle(frame);
        }
    }

    @Override
    public void onMessage(WsSession session, BufferData buffer, boolean last) {
        lastHeard = live.clock().instant();
        if (last) {
            sendError(null, "binary", "binary frames are not understood; send JSON text frames");
        }
    }

    @Override
    public void onPong(WsSession session, BufferData buffer) {
        lastHeard = live.clock().instant();
    }

    @Override
    public void onPing(WsSession session, BufferData buffer) {
        lastHeard = live.clock().instant();
        // RFC 6455 5.5: a control frame holds at most 125 bytes; echoing a longer one would fail
        // in the middle of the pong, and close as a server fault what is the client's.
        if (buffer.available() > MAX_CONTROL_PAYLOAD) {
            session.close(PROTOCOL_ERROR, "a ping holds at most " + MAX_CONTROL_PAYLOAD + " bytes");
            return;
        }
        session.pong(buffer);
    }

    private void handle(String text) {
        if (follower == null) {
            return;
        }
        ClientFrame frame;
        try {
            frame = live.json().read(text.getBytes(StandardCharsets.UTF_8), ClientFrame.class);
        } catch (UnreadableJson unreadable) {
            sendError(unreadable.field().orElse(null), unreadable.code(), unreadable.getMessage());
            return;
        } catch (InvalidInput invalid) {
            // Text the server will not take (a NUL): as malformed as bad JSON, for a frame.
            Violation first = invalid.violations().getFirst();
            sendError(first.field(), first.code(), first.message());
            return;
        }
        if (!ClientFrame.RESUME.equals(frame.type())) {
            sendError("type", "unknown", "the only frame a client sends is {\"type\":\"resume\",\"afterSeq\":N}");
        } else if (frame.afterSeq() == null || frame.afterSeq() < 0) {
            sendError("afterSeq", frame.afterSeq() == null ? "required" : "invalid",
                    "afterSeq must be the last seq the client has: a whole number of 0 or more");
        } else {
            afterSeq = OptionalLong.of(frame.afterSeq());
            follower.syncing();
            try {
                follower.synced(sync.get());
            } catch (DatabaseUnavailable away) {
                closeForLater(null);
            }
        }
    }

    // Before the socket has its outbound queue, the session is closed directly.
    private void closeForLater(WsSession session) {
        LOG.log(Level.INFO, "event=live-socket-closed-for-later socket={0} reason=database-unavailable",
                String.valueOf(id));
        if (out != null) {
            out.close(TRY_AGAIN_LATER, "database unavailable; reconnect shortly");
        } else {
            session.close(TRY_AGAIN_LATER, "database unavailable; reconnect shortly");
        }
    }

    private void sendError(String field, String code, String detail) {
        ProblemType type = ProblemType.MALFORMED_REQUEST;
        List<Problem.FieldError> errors = field == null && code == null ? List.of()
                : List.of(new Problem.FieldError(field, code, detail));
        var problem = new Problem(type.uri(), type.title(), type.status(), detail, path, "socket-" + id, errors);
        record ErrorFrame(String type, Problem problem) {
        }
        out.send(new String(live.json().write(new ErrorFrame("error", problem)), StandardCharsets.UTF_8),
                Optional.empty());
    }

    private void refuse(WsSession session, int code, String reason) {
        LOG.log(Level.INFO, "event=live-socket-refused socket={0} path={1} code={2}", String.valueOf(id), path,
                String.valueOf(code));
        session.close(code, reason);
    }

    @Override
    public void onClose(WsSession session, int status, String reason) {
        gone("code=" + status + " reason=\"" + reason + "\"");
    }

    @Override
    public void onError(WsSession session, Throwable failure) {
        gone("error=\"" + failure.getMessage() + "\"");
    }

    private void gone(String why) {
        if (out == null || !gone.compareAndSet(false, true)) {
            return;
        }
        if (subscription != null) {
            subscription.close();
        }
        out.stop();
        live.closed(this);
        LOG.log(Level.INFO, "event=live-socket-closed socket={0} endpoint={1} {2}", String.valueOf(id),
                target.map(SocketTarget::endpoint).orElse("none"), why);
    }

    // What the sweeps of LiveUpdates ask and do.

    Optional<SocketTarget> target() {
        return target;
    }

    Optional<Known> known() {
        return verdict.filter(Known.class::isInstance).map(Known.class::cast);
    }

    Optional<RestaurantId> restaurantId() {
        return Optional.ofNullable(restaurantId);
    }

    Instant lastHeard() {
        return lastHeard;
    }

    void ping() {
        out.ping();
    }

    /**
     * Sends the {@code printers} frame (state without a {@code seq}) unless it is what this socket
     * was told last; a socket told nothing yet has heard that all is fine. A client too far behind
     * to take it is being closed anyway, and is told again when it reconnects.
     *
     * @return whether the frame was sent
     */
    synchronized boolean tellPrinters(String frame, String allFine) {
        Outbound outbound = out;
        if (outbound == null || frame.equals(printersTold == null ? allFine : printersTold)) {
            return false;
        }
        printersTold = frame;
        return outbound.send(frame, Optional.empty());
    }

    /**
     * Tells the board its menu changed when {@code version} is not the one it saw last; the first
     * version it hears of (when it opens) is only noted.
     */
    synchronized boolean tellMenu(long version, String frame) {
        Outbound outbound = out;
        if (outbound == null) {
            return false;
        }
        Long seen = menuVersionSeen;
        menuVersionSeen = version;
        return seen != null && seen != version && outbound.send(frame, Optional.empty());
    }

    /** Closes the socket from the server's side (signed out, dismissed, silent, shutting down). */
    void close(int code, String reason) {
        out.close(code, reason);
    }

    private String afterSeqText() {
        return afterSeq.isPresent() ? Long.toString(afterSeq.getAsLong()) : "none";
    }
}
