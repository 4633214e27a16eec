package dev.chit.benchmarks;

import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.persistence.DatabaseSettings;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Export throughput on PostgreSQL, beside PostgreSQL's own {@code COPY ... TO STDOUT WITH CSV} of
 * the same rows, in one run: seeds {@code orders x 5} order lines over a year with bulk SQL,
 * starts the server in a JVM of its own ({@code -Xmx128m} unless told otherwise), downloads the
 * CSV export while sampling the server's heap, COPYs the same rows, and times the summary of
 * the year. Not JMH: one export is seconds long, and the heap is the server's, not ours.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.chit.benchmarks.ExportThroughput [orders] [server heap]</pre>
 */
public final class ExportThroughput {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String EMAIL = "bench-admin@chit.test";
    private static final String PASSWORD = "benchmark password";
    private static final int LINES_PER_ORDER = 5;
    private static final Pattern HEAP = Pattern.compile("(?m)^memory_usedHeap\\S*\\s+([0-9.Ee+]+)");

    private ExportThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        String heap = args.length > 1 ? args[1] : "128m";
        // -Dchit.bench.database=NAME reuses a database seeded by an earlier run (kept with
        // -Dchit.bench.keep=true), so a change can be measured again without seeding for minutes.
        Optional<String> reused = Optional.ofNullable(System.getProperty("chit.bench.database"));
        boolean keep = reused.isPresent() || Boolean.getBoolean("chit.bench.keep");
        String name = reused.orElse("chit_bench_" + System.currentTimeMillis());
        String url = "jdbc:postgresql://127.0.0.1:5432/" + name;
        if (reused.isEmpty()) {
            try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
                admin.createStatement().execute("CREATE DATABASE " + name);
            }
        }
        Process server = null;
        try {
            if (reused.isEmpty()) {
                seedYear(url, name, orders);
            }

            int port = Integer.getInteger("chit.port", 18181);
            server = startServer(url, port, heap);
            URI base = URI.create("http://127.0.0.1:" + port);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            awaitUp(http, base);
            String token = signIn(http, base);
            String restaurant = Bistro.ID.value().toString();

            long idleHeap = heapUsed(http, base);
            export(http, base, token, restaurant); // warm-up run
            List<Double> heaps = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean exporting = new AtomicBoolean(true);
            Thread sampler = Thread.ofPlatform().start(() -> {
                while (exporting.get()) {
                    heaps.add(heapUsed(http, base) / 1e6);
                    sleep(100);
                }
            });
            long exportStart = System.nanoTime();
            long exportedBytes = export(http, base, token, restaurant);
            double exportSeconds = seconds(exportStart);
            exporting.set(false);
            sampler.join();

            long copyStart = System.nanoTime();
            long copiedBytes;
            try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                copiedBytes = copy(connection);
            }
            double copySeconds = seconds(copyStart);

            List<Double> summaryTimes = new ArrayList<>();
            LocalDate to = LocalDate.now(ZoneOffset.UTC);
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                get(http, base.resolve("/api/v1/restaurants/" + restaurant + "/reports/summary?from=" + to.minusDays(365)
                        + "&to=" + to), token, OutputStream.nullOutputStream());
                summaryTimes.add(seconds(start));
            }

            long rows = (long) orders * LINES_PER_ORDER;
            System.out.printf("export csv rows=lines: %,d rows, %.1f MB in %.2f s = %,.0f rows/s%n", rows,
                    exportedBytes / 1e6, exportSeconds, rows / exportSeconds);
            System.out.printf("COPY TO STDOUT CSV:    %,d rows, %.1f MB in %.2f s = %,.0f rows/s%n", rows,
                    copiedBytes / 1e6, copySeconds, rows / copySeconds);
            System.out.printf("export / COPY: %.0f %%%n", 100 * copySeconds / exportSeconds);
            System.out.printf("server heap (-Xmx%s): idle %.0f MB; during export min %.0f, max %.0f MB over %d samples%n",
                    heap, idleHeap / 1e6, heaps.stream().mapToDouble(d -> d).min().orElse(0),
                    heaps.stream().mapToDouble(d -> d).max().orElse(0), heaps.size());
            Collections.sort(summaryTimes);
            System.out.printf("summary of a year (%s..%s): median %.0f ms, best %.0f ms (5 runs)%n", to.minusDays(365),
                    to, 1000 * summaryTimes.get(2), 1000 * summaryTimes.getFirst());
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor();
            }
            if (!keep) {
                try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
                    admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            }
        }
    }

    private static void seedYear(String url, String name, int orders) throws Exception {
        long seedStart = System.nanoTime();
        try (Database database = Database.open(DatabaseSettings.postgres(url, "postgres", "",
                Files.createTempDirectory("chit-bench")))) {
            database.transactions().inTransaction(() -> {
                database.restaurants().add(Bistro.restaurant(Optional.empty()));
                database.menus().replace(Bistro.menu());
                return null;
            });
        }
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            seed(connection, orders);
        }
        System.out.printf("seeded %,d orders, %,d lines in %.1f s into %s%n", orders,
                (long) orders * LINES_PER_ORDER, seconds(seedStart), name);
    }

    // One restaurant's year: orders evenly over the last 365 days, five lines each, completed.
    private static void seed(Connection connection, int orders) throws SQLException {
        String restaurant = Bistro.ID.value().toString();
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMPORARY TABLE bench_items AS SELECT id, name, price, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k"
                    + " FROM menu_items WHERE restaurant_id = '" + restaurant + "' AND available LIMIT 5");
            sql.execute("""
                    INSERT INTO orders (id, restaurant_id, number, status, payment_status, fulfillment_type,
                        customer_name, customer_email, customer_phone, currency, subtotal, tax, delivery_fee,
                        service_fee, tip, discount, total, refunded, notes, placed_at, accepted_at,
                        estimated_ready_at, ready_at, completed_at, version)
                    SELECT md5('order' || g)::uuid, '%s', g, 'COMPLETED', 'CAPTURED', 'PICKUP',
                        'Guest ' || g, 'guest' || g || '@example.com', '+1 555 ' || (g %% 10000), 'USD',
                        5000, 500, 0, 0, 100, 0, 5600, 0, CASE WHEN g %% 7 = 0 THEN 'no onions' END, t, t + interval '1 minute',
                        t + interval '16 minutes', t + interval '14 minutes', t + interval '20 minutes', 0
                    FROM (SELECT g, now() - (interval '365 days' * g / %d) AS t FROM generate_series(1, %d) g) s
                    """.formatted(restaurant, orders, orders));
            sql.execute("""
                    INSERT INTO order_lines (id, order_id, position, menu_item_id, name, quantity, unit_price, note, line_total)
                    SELECT md5('line' || g || '-' || p)::uuid, md5('order' || g)::uuid, p, i.id, i.name, 1, 1000, NULL, 1000
                    FROM generate_series(1, %d) g CROSS JOIN generate_series(0, 4) p
                    JOIN bench_items i ON i.k = (p %% (SELECT COUNT(*) FROM bench_items))
                    """.formatted(orders));
            sql.execute("""
                    INSERT INTO order_status_history (order_id, position, from_status, to_status, moved_at, actor_type,
                        actor_id, actor_is_manager, reason)
                    SELECT id, 0, NULL, 'PLACED', placed_at, 'CUSTOMER', NULL, FALSE, NULL FROM orders
                    """);
            sql.execute("ANALYZE");
        }
    }

    private static Process startServer(String url, int port, String heap) throws IOException {
        Path jar = Path.of(System.getProperty("chit.jar", "bootstrap/target/chit.jar"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
        // -Dchit.bench.serverJvm="-agentpath:...=start,event=cpu,file=..." profiles the server.
        String serverJvm = System.getProperty("chit.bench.serverJvm", "").strip();
        if (!serverJvm.isEmpty()) {
            command.addAll(List.of(serverJvm.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("chit-bench-server", ".log").toFile());
        builder.environment().put("CHIT_DB_URL", url);
        builder.environment().put("CHIT_DB_USER", "postgres");
        builder.environment().put("CHIT_PORT", Integer.toString(port));
        builder.environment().put("CHIT_HOST", "127.0.0.1");
        builder.environment().put("CHIT_DEMO_DATA", "false");
        builder.environment().put("CHIT_ADMIN_EMAIL", EMAIL);
        builder.environment().put("CHIT_ADMIN_PASSWORD", PASSWORD);
        builder.environment().put("CHIT_DATA_DIR", Files.createTempDirectory("chit-bench-data").toString());
        return builder.start();
    }

    private static void awaitUp(HttpClient http, URI base) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/observe/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not start; see the chit-bench-server log in the temp directory");
    }

    private static String signIn(HttpClient http, URI base) throws IOException, InterruptedException {
        String body = "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}";
        var response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("no sign-in: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    private static long export(HttpClient http, URI base, String token, String restaurant) throws Exception {
        return get(http, base.resolve("/api/v1/restaurants/" + restaurant + "/orders/export?format=csv"), token,
                OutputStream.nullOutputStream());
    }

    private static long get(HttpClient http, URI uri, String token, OutputStream sink) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        try (InputStream in = response.body()) {
            return in.transferTo(sink);
        }
    }

    private static long heapUsed(HttpClient http, URI base) {
        try {
            String metrics = http.send(HttpRequest.newBuilder(base.resolve("/observe/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher used = HEAP.matcher(metrics);
            return used.find() ? (long) Double.parseDouble(used.group(1)) : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    // The same rows as the export's CSV: every line with its order's columns, in the export's order.
    private static long copy(Connection connection) throws SQLException, IOException {
        AtomicLong bytes = new AtomicLong();
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        };
        connection.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                COPY (SELECT o.id, o.number, o.status, o.payment_status, o.fulfillment_type, o.placed_at, o.accepted_at,
                    o.ready_at, o.completed_at, o.scheduled_for, o.dine_in_table, o.delivery_line1, o.delivery_line2,
                    o.delivery_city, o.delivery_region, o.delivery_postal_code, o.delivery_country, o.delivery_instructions,
                    o.customer_name,
                    o.customer_email, o.customer_phone, o.notes, l.position + 1, l.menu_item_id, l.name,
                    (SELECT string_agg(op.name, ', ' ORDER BY op.position) FROM order_line_options op
                        WHERE op.order_line_id = l.id), l.note, l.quantity, l.unit_price / 100.0, l.line_total / 100.0,
                    o.subtotal / 100.0, o.service_fee / 100.0, o.tax / 100.0, o.delivery_fee / 100.0, o.tip / 100.0,
                    o.discount / 100.0, o.total / 100.0, o.refunded / 100.0, o.currency
                FROM orders o JOIN order_lines l ON l.order_id = o.id
                ORDER BY o.placed_at DESC, o.id DESC, l.position) TO STDOUT WITH CSV HEADER""", counting);
        return bytes.get();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
