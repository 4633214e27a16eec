package dev.chit.adapters.persistence;

import dev.chit.domain.order.Order;
import dev.chit.domain.port.OrderQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads on a real streaming standby: a PostgreSQL primary and a standby made from it with
 * {@code pg_basebackup}, each on its own port and data directory under a temporary folder. While
 * the standby keeps up, an export reads there; with its replay paused and the limit passed, the
 * export reads the primary and finds the order the standby has not replayed. Needs Debian's
 * PostgreSQL binaries and root (the servers run as {@code postgres} through {@code runuser});
 * skipped otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStreamingStandbyTest {

    private static final Duration MAX_LAG = Duration.ofSeconds(1);

    private Path bin;
    private Path root;
    private int primaryPort;
    private int standbyPort;
    private final List<Path> running = new ArrayList<>();
    private Database database;

    @BeforeAll
    void startPrimaryAndStandby() throws Exception {
        Optional<Path> found = postgresBinaries();
        assumeTrue(found.isPresent() && "root".equals(System.getProperty("user.name")),
                "needs /usr/lib/postgresql/*/bin and root to run them as postgres");
        bin = found.get();
        root = Files.createTempDirectory("chit-standby");
        primaryPort = freePort();
        standbyPort = freePort();
        run("chown", "postgres", root.toString());
        Path primary = root.resolve("primary");
        Path standby = root.resolve("standby");
        asPostgres(bin.resolve("initdb").toString(), "-D", primary.toString(), "-U", "postgres", "--auth=trust");
        start(primary, primaryPort);
        sql(primaryPort, "postgres", "CREATE DATABASE chit");
        asPostgres(bin.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p", Integer.toString(primaryPort),
                "-U", "postgres", "-D", standby.toString(), "-R", "-X", "stream");
        start(standby, standbyPort);
        database = Database.open(
                DatabaseSettings.postgres(url(primaryPort), "postgres", "", root),
                Optional.of(new ReplicaSettings(url(standbyPort), "postgres", "", MAX_LAG)));
    }

    @AfterAll
    void stopBoth() throws Exception {
        if (database != null) {
            database.close();
        }
        for (Path dataDir : running.reversed()) {
            asPostgres(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop");
        }
        if (root != null) {
            run("rm", "-rf", root.toString());
        }
    }

    @Test
    void whileTheStandbyKeepsUp_theExportReadsThere_andWhenItFallsBehind_thePrimary() throws Exception {
        Fixtures fixtures = new Fixtures(database);
        var kitchen = fixtures.kitchen();
        Order first = kitchen.order().place();
        waitUntil(() -> export(kitchen.id()).contains(first), "the standby replays the first order");

        int[] onStandby = new int[1];
        List<Order> exported = new ArrayList<>();
        database.salesRecords().inSnapshot(() -> {
            database.salesRecords().export(OrderQuery.all(kitchen.id()), exported::add);
            onStandby[0] = database.standbyConnectionsInUse();
            return null;
        });
        assertThat(exported).containsExactly(first);
        assertThat(onStandby[0]).as("the snapshot's connection is the standby's").isEqualTo(1);

        sql(standbyPort, "chit", "SELECT pg_wal_replay_pause()");
        Order second = kitchen.order().place();
        // The standby receives the order but does not replay it: it falls behind by the clock.
        Thread.sleep(MAX_LAG.multipliedBy(2).toMillis());

        assertThat(export(kitchen.id())).as("read on the primary").containsExactlyInAnyOrder(first, second);

        sql(standbyPort, "chit", "SELECT pg_wal_replay_resume()");
        waitUntil(() -> database.standbyConnectionsInUse() == 0 && exportOnStandby(kitchen.id()).size() == 2,
                "the standby catches up and serves the export again");
    }

    private List<Order> export(dev.chit.domain.restaurant.RestaurantId restaurant) {
        List<Order> orders = new ArrayList<>();
        database.salesRecords().inSnapshot(() -> {
            database.salesRecords().export(OrderQuery.all(restaurant), orders::add);
            return null;
        });
        return orders;
    }

    private List<Order> exportOnStandby(dev.chit.domain.restaurant.RestaurantId restaurant) {
        List<Order> orders = new ArrayList<>();
        boolean[] standby = new boolean[1];
        database.salesRecords().inSnapshot(() -> {
            database.salesRecords().export(OrderQuery.all(restaurant), orders::add);
            standby[0] = database.standbyConnectionsInUse() == 1;
            return null;
        });
        return standby[0] ? orders : List.of();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    private void start(Path dataDir, int port) throws Exception {
        asPostgres(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-l",
                dataDir.resolveSibling(dataDir.getFileName() + ".log").toString(),
                "-o", "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1", "start");
        running.add(dataDir);
    }

    private static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/chit";
    }

    private static void sql(int port, String db, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + db,
                "postgres", ""); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private void asPostgres(String... command) throws Exception {
        List<String> all = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        all.addAll(List.of(command));
        run(all.toArray(String[]::new));
    }

    private void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(root == null ? null : root.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    private static Optional<Path> postgresBinaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (var each = Files.list(versions)) {
            return each.map(version -> version.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("postgres")) && Files.isExecutable(dir.resolve("pg_basebackup")))
                    .findFirst();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
