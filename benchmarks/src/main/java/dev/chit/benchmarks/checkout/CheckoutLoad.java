package dev.chit.benchmarks.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.benchmarks.JsonCalls;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checkout throughput over HTTP against a running Chit server, beside {@code pgbench} writing the
 * same shape of order straight into PostgreSQL (see {@code benchmarks/checkout-load.sh}, which
 * starts the server and makes both databases).
 *
 * <p>It makes {@code restaurants} restaurants with a three-item menu through the API, warms up,
 * then drives checkouts of three lines (a fresh {@code Idempotency-Key} each) from
 * {@code connections} virtual threads, each sending its next checkout when the last one is
 * answered: over all restaurants, then on one restaurant alone; then at a fixed rate of half
 * the maximum, timed from when each checkout was due (so a stall counts for every checkout it
 * held up); then the first run again from {@code wrk}, a C client, when it is installed. Then
 * {@code pgbench} with as many clients, twice: the plain order, and Chit's own statements of one
 * checkout (the floor of what its guarantees cost the database). For each run it prints orders per
 * second, the latency's median and 99th percentile, and the CPU per order of the server (its
 * {@code /proc/PID/stat}), of PostgreSQL (the backends of the run's database) and of the client.
 *
 * <pre>{@code java -Drestaurants=20 -Dconnections=16 -Dwarmup=20 -Dseconds=20 \
 *     -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/libs/*' dev.chit.benchmarks.checkout.CheckoutLoad \
 *     http://localhost:18091 admin@bench.chit.local 'password' <serverPid> <chitDatabase> <pgbenchDatabase>}</pre>
 */
public final class CheckoutLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final long serverPid;
    private final String chitDatabase;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    private CheckoutLoad(URI base, long serverPid, String chitDatabase) {
        this.base = base;
        this.serverPid = serverPid;
        this.chitDatabase = chitDatabase;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: CheckoutLoad <baseUrl> <adminEmail> <adminPassword> <serverPid> <chitDatabase>"
                    + " <pgbenchDatabase>   (-Drestaurants= -Dconnections= -Dwarmup= -Dseconds= -Dpg=host:port"
                    + " -DpgUser= -DpgbenchScript= -DpgbenchCheckoutScript=)");
            System.exit(2);
        }
        int restaurants = Integer.getInteger("restaurants", 20);
        int connections = Integer.getInteger("connections", 16);
        int warmup = Integer.getInteger("warmup", 20);
        int seconds = Integer.getInteger("seconds", 20);
        var load = new CheckoutLoad(URI.create(args[0]), Long.parseLong(args[3]), args[4]);
        List<Kitchen> kitchens = load.openKitchens(args[1], args[2], restaurants);
        System.out.printf("restaurants=%d ready; warming up for %d s%n", kitchens.size(), warmup);
        load.closedLoop("warm-up", kitchens, connections, warmup);

        List<Run> runs = new ArrayList<>();
        // -Dprofiler=<libasyncProfiler.so> -Dprofile=<file>: the server's CPU profile of this run only.
        Optional<String> profile = Optional.ofNullable(System.getProperty("profile"));
        profile.ifPresent(file -> load.profiler("start,event=cpu,interval=1ms"));
        Run all = load.closedLoop(restaurants + " restaurants", kitchens, connections, seconds);
        profile.ifPresent(file -> load.profiler("stop,file=" + file + ",collapsed"));
        runs.add(all);
        runs.add(load.closedLoop("1 restaurant", kitchens.subList(0, 1), connections, seconds));
        int half = Math.max(1, (int) (all.ordersPerSecond() / 2));
        runs.add(load.fixedRate("at " + half + "/s (half)", kitchens, half, seconds));
        // wrk, a C client, leaves the cores to the server and PostgreSQL as pgbench's client does.
        Optional<Run> wrk = Wrk.available()
                ? Optional.of(Wrk.run(restaurants + " restaurants (wrk)", load, kitchens, connections, seconds))
                : Optional.empty();
        wrk.ifPresentOrElse(runs::add, () -> System.out.println("wrk is missing (apt-get install wrk): no wrk run"));
        Run pgbench = Pgbench.run("pgbench (avg latency)",
                System.getProperty("pgbenchScript", "benchmarks/checkout/pgbench-order.sql"), args[5], restaurants,
                connections, seconds);
        runs.add(pgbench);
        // The floor: Chit's own statements, from pgbench, on the same database.
        Run chitStatements = Pgbench.run("pgbench, Chit's SQL",
                System.getProperty("pgbenchCheckoutScript", "benchmarks/checkout/pgbench-checkout.sql"), args[5],
                restaurants, connections, seconds);
        runs.add(chitStatements);

        System.out.printf("%n%-22s %8s %9s %9s %9s %13s %15s %13s %7s%n", "run", "orders", "orders/s", "p50 ms",
                "p99 ms", "server ms/ord", "postgres ms/ord", "client ms/ord", "failed");
        runs.forEach(run -> System.out.println(run.line()));
        System.out.printf("%nHTTP / pgbench, %d restaurants: %.1f %%; 1 restaurant / %d restaurants: %.1f %%%n",
                restaurants, 100 * all.ordersPerSecond() / pgbench.ordersPerSecond(), restaurants,
                100 * runs.get(1).ordersPerSecond() / all.ordersPerSecond());
        System.out.printf("HTTP / pgbench running Chit's statements: %.1f %%; Chit's statements / pgbench's order: %.1f %%%n",
                100 * all.ordersPerSecond() / chitStatements.ordersPerSecond(),
                100 * chitStatements.ordersPerSecond() / pgbench.ordersPerSecond());
        wrk.ifPresent(run -> System.out.printf("HTTP from wrk / pgbench: %.1f %%; / pgbench running Chit's statements: %.1f %%%n",
                100 * run.ordersPerSecond() / pgbench.ordersPerSecond(),
                100 * run.ordersPerSecond() / chitStatements.ordersPerSecond()));
        System.exit(0);
    }

    /** Loads async-profiler into the server (or sends it a command), as {@code jcmd} does. */
    private void profiler(String command) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(serverPid), "JVMTI.agent_load", System.getProperty("profiler"),
                    // Quoted, or jcmd splits the agent's options at their '='.
                    '"' + command + '"')
                    .redirectErrorStream(true).start();
            String said = new String(jcmd.getInputStream().readAllBytes());
            if (jcmd.waitFor() != 0 || !said.contains("return code: 0")) {
                System.err.println("profiler " + command + ": " + said);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Kitchen(String restaurantId, List<String> itemIds) {
    }

    /**
     * What one run measured. CPU figures are NaN where not measured; latencies in microseconds. The
     * client is the load generator (this JVM) or pgbench: on a small machine it takes its share of the cores.
     */
    record Run(String name, long orders, double seconds, long p50Micros, long p99Micros, double serverCpuSeconds,
               double postgresCpuSeconds, double clientCpuSeconds, long failed) {

        double ordersPerSecond() {
            return orders / seconds;
        }

        String line() {
            return String.format("%-22s %8d %9.0f %9s %9s %13.2f %15.2f %13.2f %7d", name, orders,
                    ordersPerSecond(), millis(p50Micros), millis(p99Micros), 1000 * serverCpuSeconds / orders,
                    1000 * postgresCpuSeconds / orders, 1000 * clientCpuSeconds / orders, failed);
        }

        private static String millis(long micros) {
            return micros < 0 ? "-" : String.format("%.1f", micros / 1000.0);
        }
    }

    private List<Kitchen> openKitchens(String email, String password, int count) {
        String token = send("POST", "/api/v1/auth/login", Map.of("email", email, "password", password), Map.of())
                .get("token").asText();
        Map<String, String> admin = Map.of("Authorization", "Bearer " + token);
        List<Kitchen> kitchens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode restaurant = send("POST", "/api/v1/restaurants", Map.of("name", "Checkout bench " + i,
                    "currency", "USD", "timezone", "America/New_York", "taxRateBasisPoints", 887), admin);
            String id = restaurant.get("id").asText();
            send("PUT", "/api/v1/restaurants/" + id + "/menu", Map.of("categories", List.of(Map.of("name", "Mains",
                    "items", List.of(Map.of("name", "Burger", "price", 1500), Map.of("name", "Fries", "price", 450),
                            Map.of("name", "Lemonade", "price", 350))))), admin);
            JsonNode items = send("GET", "/api/v1/restaurants/" + id + "/menu", null, Map.of()).at("/categories/0/items");
            List<String> itemIds = new ArrayList<>();
            items.forEach(item -> itemIds.add(item.get("id").asText()));
            kitchens.add(new Kitchen(id, itemIds));
        }
        return kitchens;
    }

    /** {@code connections} guests, each placing its next order as soon as the last is answered. */
    private Run closedLoop(String name, List<Kitchen> kitchens, int connections, int seconds)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong next = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        try (ProcessCpu server = ProcessCpu.of(serverPid).start();
             ProcessCpu postgres = ProcessCpu.postgresBackendsOf(chitDatabase).start();
             ProcessCpu client = ProcessCpu.of(ProcessHandle.current().pid()).start()) {
            long started = System.nanoTime();
            try (var guests = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < connections; i++) {
                    guests.submit(() -> {
                        while (System.nanoTime() < deadline) {
                            long sent = System.nanoTime();
                            boolean placed = checkout(kitchens.get((int) (next.getAndIncrement() % kitchens.size())));
                            latencies.add(placed, sent);
                        }
                    });
                }
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            return latencies.run(name, elapsed, server.stop(), postgres.stop(), client.stop());
        }
    }

    /** Checkouts sent at {@code rate} a second whether or not earlier ones were answered. */
    private Run fixedRate(String name, List<Kitchen> kitchens, int rate, int seconds) throws InterruptedException {
        Latencies latencies = new Latencies();
        long total = (long) rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        try (ProcessCpu server = ProcessCpu.of(serverPid).start();
             ProcessCpu postgres = ProcessCpu.postgresBackendsOf(chitDatabase).start();
             ProcessCpu client = ProcessCpu.of(ProcessHandle.current().pid()).start()) {
            long started = System.nanoTime();
            ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
            var guests = Executors.newVirtualThreadPerTaskExecutor();
            AtomicLong next = new AtomicLong();
            ticks.scheduleAtFixedRate(() -> {
                long index = next.getAndIncrement();
                if (index >= total) {
                    return;
                }
                long due = started + index * periodNanos;
                guests.submit(() -> latencies.add(checkout(kitchens.get((int) (index % kitchens.size()))), due));
            }, 0, periodNanos, TimeUnit.NANOSECONDS);
            while (next.get() < total) {
                Thread.sleep(50);
            }
            ticks.shutdownNow();
            guests.shutdown();
            guests.awaitTermination(60, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - started) / 1e9;
            return latencies.run(name, elapsed, server.stop(), postgres.stop(), client.stop());
        }
    }

    /** A checkout's body: one of each of the kitchen's items, picked up, paid by card. */
    static Map<String, Object> cartAt(Kitchen kitchen) {
        List<Map<String, Object>> lines = kitchen.itemIds().stream()
                .map(item -> Map.<String, Object>of("menuItemId", item, "quantity", 1)).toList();
        return Map.of("restaurantId", kitchen.restaurantId(),
                "customer", Map.of("name", "Load Guest", "email", "guest@example.com"),
                "lines", lines, "fulfillment", Map.of("type", "PICKUP"),
                "payment", Map.of("method", "card", "token", "tok_visa"));
    }

    private boolean checkout(Kitchen kitchen) {
        try {
            send("POST", "/api/v1/orders", cartAt(kitchen), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            return true;
        } catch (RuntimeException failed) {
            System.err.println(failed.getMessage());
            return false;
        }
    }

    private JsonNode send(String method, String path, Object body, Map<String, String> headers) {
        return JsonCalls.send(http, base, method, path, body, headers);
    }

    /** The latencies of a run's placed orders, and the count of those that failed. */
    private static final class Latencies {

        private final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        private final AtomicLong failed = new AtomicLong();

        void add(boolean placed, long sentNanos) {
            if (placed) {
                micros.add((System.nanoTime() - sentNanos) / 1000);
            } else {
                failed.incrementAndGet();
            }
        }

        Run run(String name, double seconds, double serverCpu, double postgresCpu, double clientCpu) {
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Run(name, sorted.length, seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
                    serverCpu, postgresCpu, clientCpu, failed.get());
        }

        private static long percentile(long[] sorted, double quantile) {
            return sorted.length == 0 ? -1
                    : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
        }
    }

    /** pgbench with a committed script (one order each), as many clients, on a database of its own. */
    private static final class Pgbench {

        private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
        private static final Pattern TRANSACTIONS = Pattern.compile("number of transactions actually processed: (\\d+)");
        private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
        private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

        static Run run(String name, String script, String database, int restaurants, int clients, int seconds)
                throws Exception {
            String pg = System.getProperty("pg", "127.0.0.1:5432");
            List<String> command = List.of("pgbench", "-n", "-h", pg.substring(0, pg.lastIndexOf(':')),
                    "-p", pg.substring(pg.lastIndexOf(':') + 1), "-U", System.getProperty("pgUser", "postgres"),
                    "-M", "prepared", "-c", Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds),
                    "-D", "restaurants=" + restaurants,
                    "-f", script, database);
            String output;
            double postgresCpu;
            double clientCpu;
            try (ProcessCpu postgres = ProcessCpu.postgresBackendsOf(database).start();
                 ProcessCpu client = ProcessCpu.pgbenchClients().start()) {
                output = outputOf(command);
                postgresCpu = postgres.stop();
                clientCpu = client.stop();
            }
            long transactions = Long.parseLong(found(TRANSACTIONS, output).group(1));
            double tps = Double.parseDouble(found(TPS, output).group(1));
            long averageMicros = (long) (Double.parseDouble(found(LATENCY, output).group(1)) * 1000);
            Matcher failed = FAILED.matcher(output);
            // pgbench reports an average only; it stands in the p50 column, marked in the README.
            return new Run(name, transactions, transactions / tps, averageMicros, -1,
                    Double.NaN, postgresCpu, clientCpu, failed.find() ? Long.parseLong(failed.group(1)) : 0);
        }
    }

    /** wrk with {@code benchmarks/checkout/wrk-checkout.lua}: the closed loop of run 1, from a C client. */
    private static final class Wrk {

        private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([0-9.]+)(ms|s|m)");
        private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
        private static final Pattern SOCKET_ERRORS = Pattern.compile(
                "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

        static boolean available() {
            try {
                return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
            } catch (IOException | InterruptedException missing) {
                return false;
            }
        }

        static Run run(String name, CheckoutLoad load, List<Kitchen> kitchens, int connections, int seconds)
                throws Exception {
            Path bodies = Files.createTempFile("chit-wrk-carts", ".jsonl");
            try {
                List<String> lines = new ArrayList<>();
                for (Kitchen kitchen : kitchens) {
                    lines.add(JSON.writeValueAsString(cartAt(kitchen)));
                }
                Files.write(bodies, lines);
                List<String> command = List.of("wrk", "-t", "2", "-c", Integer.toString(connections),
                        "-d", seconds + "s", "--latency", "-s", "benchmarks/checkout/wrk-checkout.lua",
                        load.base.toString(), "--", bodies.toString(), UUID.randomUUID().toString());
                String output;
                double serverCpu;
                double postgresCpu;
                double clientCpu;
                try (ProcessCpu server = ProcessCpu.of(load.serverPid).start();
                     ProcessCpu postgres = ProcessCpu.postgresBackendsOf(load.chitDatabase).start();
                     ProcessCpu client = ProcessCpu.named("wrk").start()) {
                    output = outputOf(command);
                    serverCpu = server.stop();
                    postgresCpu = postgres.stop();
                    clientCpu = client.stop();
                }
                Matcher requests = found(REQUESTS, output);
                double elapsed = Double.parseDouble(requests.group(2)) * switch (requests.group(3)) {
                    case "ms" -> 0.001;
                    case "m" -> 60;
                    default -> 1;
                };
                Matcher non2xx = NON_2XX.matcher(output);
                Matcher socketErrors = SOCKET_ERRORS.matcher(output);
                long failed = (non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0)
                        + (socketErrors.find() ? sumOf(socketErrors) : 0);
                long orders = Long.parseLong(requests.group(1)) - failed;
                return new Run(name, orders, elapsed, percentileMicros(output, "50%"), percentileMicros(output, "99%"),
                        serverCpu, postgresCpu, clientCpu, failed);
            } finally {
                Files.deleteIfExists(bodies);
            }
        }

        private static long sumOf(Matcher socketErrors) {
            long sum = 0;
            for (int group = 1; group <= 4; group++) {
                sum += Long.parseLong(socketErrors.group(group));
            }
            return sum;
        }

        /** From wrk's "Latency Distribution": "     99%   31.52ms". */
        private static long percentileMicros(String output, String percentile) {
            Matcher line = found(Pattern.compile("\\s" + percentile + "\\s+([0-9.]+)(us|ms|s)"), output);
            double value = Double.parseDouble(line.group(1));
            return (long) (value * switch (line.group(2)) {
                case "us" -> 1;
                case "ms" -> 1_000;
                default -> 1_000_000;
            });
        }
    }

    /** What {@code command} (pgbench, wrk) printed; it must end well. */
    private static String outputOf(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command.getFirst() + " failed:\n" + output);
        }
        return output;
    }

    /** The first match of {@code pattern} in a tool's output, which must have one. */
    private static Matcher found(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in:\n" + output);
        }
        return matcher;
    }
}
