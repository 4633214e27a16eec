package dev.chit.bootstrap;

import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.web.ChitApi;
import dev.chit.adapters.web.security.Argon2Passwords;
import dev.chit.application.checkout.PlaceOrder;
import dev.chit.application.checkout.QuoteCart;
import dev.chit.application.menu.ShowMenu;
import dev.chit.application.orders.ViewOrder;
import dev.chit.application.support.TimeOrderedIds;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;

import java.net.URI;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The composition root: builds the database, the adapters, the use cases and the web server
 * by hand, in the order a reader follows top to bottom. Nothing else knows all the parts.
 */
public final class Chit implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Chit.class.getName());

    private final Database database;
    private final WebServer server;

    private Chit(Database database, WebServer server) {
        this.database = database;
        this.server = server;
    }

    /** Opens (and migrates) the database, seeds demo data if asked, and starts serving. */
    public static Chit start(ChitSettings settings) {
        Clock clock = Clock.systemUTC();
        Database database = Database.open(settings.database());
        try {
            var ids = new TimeOrderedIds(clock);
            var passwords = new Argon2Passwords();
            seedDemoData(settings, database, passwords);

            var showMenu = new ShowMenu(database.restaurants(), database.menus(), clock);
            var quoteCart = new QuoteCart(database.restaurants(), database.menus(), clock);
            var placeOrder = new PlaceOrder(database.restaurants(), database.menus(), database.orders(),
                    database.idempotencyKeys(), database.orderEvents(), database.transactions(), ids, clock);
            var viewOrder = new ViewOrder(database.orders());
            var api = new ChitApi(showMenu, quoteCart, placeOrder, viewOrder, clock);

            WebServer server = WebServer.builder()
                    .host(settings.host())
                    .port(settings.port())
                    .maxPayloadSize(ChitApi.MAX_PAYLOAD_BYTES)
                    .directHandlers(api.directHandlers())
                    .addFeature(ObserveFeature.builder()
                            .addObserver(HealthObserver.builder()
                                    .addCheck(new DatabaseHealthCheck(database))
                                    .details(true)
                                    .build())
                            .build())
                    .routing(api::register)
                    .build()
                    .start();
            LOG.info(() -> "event=started url=" + baseUri(server) + " database=\"" + database.describe() + "\"");
            return new Chit(database, server);
        } catch (RuntimeException failed) {
            database.close();
            throw failed;
        }
    }

    private static void seedDemoData(ChitSettings settings, Database database, Argon2Passwords passwords) {
        boolean wanted = switch (settings.demoData()) {
            case TRUE -> true;
            case FALSE -> false;
            case AUTO -> settings.database().url().isEmpty();
        };
        if (!wanted) {
            return;
        }
        var demo = new DemoData(database.restaurants(), database.menus(), database.users(), passwords,
                database.transactions());
        if (demo.seedIfEmpty()) {
            LOG.info(() -> "event=demo-seeded restaurantId=" + DemoData.RESTAURANT
                    + " managerEmail=" + DemoData.MANAGER_EMAIL);
        }
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

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
