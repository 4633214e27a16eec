package dev.chit.benchmarks;

import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.persistence.DatabaseSettings;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.port.OrderCursor;
import dev.chit.domain.port.OrderPage;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.OrderSort;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The orders list of a restaurant with a long history, on PostgreSQL: seeds {@code orders}
 * (default 1,000,000) orders of three lines over two years with bulk SQL, then times pages
 * through the persistence adapter ({@code Orders#search}, what the list and the board call):
 * the newest page, a page far back (keyset), and text searches, rare and common. Prints p50,
 * p95 and max of {@code runs} runs each, and PostgreSQL's plan (EXPLAIN ANALYZE) of each search.
 * It makes its own database on 127.0.0.1:5432 (user postgres) and drops it at the end.
 *
 * <pre>{@code java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/libs/*' dev.chit.benchmarks.BoardQuery 1000000 50}</pre>
 */
public final class BoardQuery {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    // One guest in 5,000 has this surname: a rare search. One in 20 is a Garcia: a common one.
    private static final String RARE_SURNAME = "Zabaleta";

    private BoardQuery() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        String name = "chit_bench_board_" + System.currentTimeMillis();
        String url = "jdbc:postgresql://127.0.0.1:5432/" + name;
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        }
        try (Database database = Database.open(DatabaseSettings.postgres(url, "postgres", "",
                Files.createTempDirectory("chit-bench")))) {
            database.transactions().inTransaction(() -> {
                database.restaurants().add(Bistro.restaurant(Optional.empty()));
                database.menus().replace(Bistro.menu());
                return null;
            });
            long seedStart = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                seed(connection, orders);
            }
            System.out.printf("seeded %,d orders, %,d lines in %.0f s%n", orders, orders * 3L,
                    (System.nanoTime() - seedStart) / 1e9);

            OrderQuery newest = OrderQuery.all(Bistro.ID);
            OrderPage first = database.orders().search(newest);
            // A cursor 90 % of the way back: the page a manager reaches looking for last year's order.
            OrderCursor deep = cursorAt(url, orders * 9L / 10);
            List<String> lines = new ArrayList<>();
            lines.add(time("newest page (50)", runs, () -> database.orders().search(newest)));
            lines.add(time("page 90 % back (keyset)", runs, () -> database.orders().search(newest.after(deep))));
            lines.add(time("board: PLACED..READY", runs, () -> database.orders().search(new OrderQuery(Bistro.ID,
                    Set.of(OrderStatus.PLACED, OrderStatus.ACCEPTED, OrderStatus.PREPARING, OrderStatus.READY),
                    Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), OrderSort.OLDEST_FIRST, 50,
                    Optional.empty()))));
            for (String text : List.of(RARE_SURNAME.toLowerCase(), "guest4242", "garcia", "burger")) {
                OrderQuery search = new OrderQuery(Bistro.ID, Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                        Optional.of(text), OrderSort.NEWEST_FIRST, 50, Optional.empty());
                lines.add(time("q=" + text, runs, () -> database.orders().search(search)));
            }
            System.out.printf("%nfirst page holds %d orders%n", first.items().size());
            lines.forEach(System.out::println);
            try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                explain(connection, RARE_SURNAME.toLowerCase());
                explain(connection, "garcia");
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static String time(String name, int runs, Supplier<OrderPage> search) {
        // Warm-up: long enough for the JIT to compile the mapping of rows to orders.
        long warm = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warm) {
            search.get();
        }
        long[] micros = new long[runs];
        int found = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            found = search.get().items().size();
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        java.util.Arrays.sort(micros);
        return String.format("%-26s %3d orders  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms", name, found,
                micros[runs / 2] / 1000.0, micros[(int) Math.ceil(runs * 0.95) - 1] / 1000.0,
                micros[runs - 1] / 1000.0);
    }

    private static OrderCursor cursorAt(String url, long back) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT placed_at, id FROM orders ORDER BY placed_at DESC, id DESC"
                     + " OFFSET " + back + " LIMIT 1")) {
            row.next();
            return new OrderCursor(row.getTimestamp("placed_at").toInstant(), new dev.chit.domain.order.OrderId(
                    row.getObject("id", java.util.UUID.class)));
        }
    }

    // The SQL OrderSearch writes for a text search on PostgreSQL, page one.
    private static void explain(Connection connection, String text) throws SQLException {
        String sql = """
                EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT o.id FROM orders o WHERE o.restaurant_id = '%s'
                AND o.id IN (SELECT s.id FROM orders s
                    WHERE LOWER(s.customer_name || chr(1) || s.customer_email || chr(1) || COALESCE(s.customer_phone, ''))
                    LIKE '%%%s%%' ESCAPE '!'
                    UNION ALL SELECT l.order_id FROM order_lines l WHERE LOWER(l.name) LIKE '%%%s%%' ESCAPE '!')
                ORDER BY o.placed_at DESC, o.id DESC LIMIT 51""".formatted(Bistro.ID.value(), text, text);
        System.out.printf("%nEXPLAIN ANALYZE q=%s%n", text);
        try (Statement statement = connection.createStatement(); ResultSet plan = statement.executeQuery(sql)) {
            while (plan.next()) {
                System.out.println("  " + plan.getString(1));
            }
        }
    }

    // Two years of one restaurant: completed orders of three lines, guests with 20 surnames and a rare one.
    private static void seed(Connection connection, int orders) throws SQLException {
        String restaurant = Bistro.ID.value().toString();
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMPORARY TABLE bench_items AS SELECT id, name, price, ROW_NUMBER() OVER (ORDER BY name) - 1 AS k"
                    + " FROM menu_items WHERE restaurant_id = '" + restaurant + "' AND available LIMIT 12");
            sql.execute("""
                    INSERT INTO orders (id, restaurant_id, number, status, payment_status, fulfillment_type,
                        customer_name, customer_email, customer_phone, currency, subtotal, tax, delivery_fee,
                        service_fee, tip, discount, total, refunded, notes, placed_at, accepted_at,
                        estimated_ready_at, ready_at, completed_at, version)
                    SELECT md5('order' || g)::uuid, '%s', g, 'COMPLETED', 'CAPTURED', 'PICKUP',
                        (ARRAY['Ana', 'Ben', 'Chloe', 'Dev', 'Eli', 'Fatima', 'Gus'])[g %% 7 + 1] || ' ' ||
                        CASE WHEN g %% 5000 = 0 THEN '%s' ELSE (ARRAY['Smith', 'Garcia', 'Nguyen', 'Kowalski', 'Okafor',
                            'Rossi', 'Müller', 'Tanaka', 'Silva', 'Dubois', 'Jensen', 'Novak', 'Haddad', 'Kim',
                            'Larsen', 'Moreau', 'Costa', 'Ivanova', 'Brown', 'Lopez'])[g %% 20 + 1] END,
                        'guest' || g || '@example.com', '+1 555 ' || lpad((g %% 10000)::text, 4, '0'), 'USD',
                        3000, 266, 0, 0, 0, 0, 3266, 0, NULL, t, t + interval '1 minute',
                        t + interval '16 minutes', t + interval '14 minutes', t + interval '20 minutes', 0
                    FROM (SELECT g, now() - (interval '730 days' * g / %d) AS t FROM generate_series(1, %d) g) s
                    """.formatted(restaurant, RARE_SURNAME, orders, orders));
            sql.execute("""
                    INSERT INTO order_lines (id, order_id, position, menu_item_id, name, quantity, unit_price, note, line_total)
                    SELECT md5('line' || g || '-' || p)::uuid, md5('order' || g)::uuid, p, i.id, i.name, 1, 1000, NULL, 1000
                    FROM generate_series(1, %d) g CROSS JOIN generate_series(0, 2) p
                    JOIN bench_items i ON i.k = ((g + p * 5) %% (SELECT COUNT(*) FROM bench_items))
                    """.formatted(orders));
            sql.execute("""
                    INSERT INTO order_status_history (order_id, position, from_status, to_status, moved_at, actor_type,
                        actor_id, actor_is_manager, reason)
                    SELECT id, 0, NULL, 'PLACED', placed_at, 'CUSTOMER', NULL, FALSE, NULL FROM orders
                    """);
            sql.execute("UPDATE restaurants SET last_order_number = " + orders + " WHERE id = '" + restaurant + "'");
            sql.execute("VACUUM ANALYZE");
        }
    }
}
