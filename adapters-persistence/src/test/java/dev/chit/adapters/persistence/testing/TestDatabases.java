package dev.chit.adapters.persistence.testing;

import dev.chit.adapters.persistence.DatabaseSettings;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throw-away databases for tests, shared with the end-to-end tests of {@code bootstrap}
 * through this module's test-jar.
 *
 * <p>{@link #postgres()} creates a fresh database on the PostgreSQL server named by
 * {@code CHIT_TEST_PG_URL} (default {@value #DEFAULT_ADMIN_URL}, user
 * {@code CHIT_TEST_PG_USER} or {@code postgres}, password {@code CHIT_TEST_PG_PASSWORD} or
 * none) and drops it on {@link TestDatabase#close()}. When the server cannot be reached the
 * calling tests are <em>skipped</em>, loudly, unless {@code CHIT_REQUIRE_PG=true}: then they
 * fail, as they should on CI.
 */
public final class TestDatabases {

    public static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$");
    // Enough for tests that place orders from 20 threads at once.
    private static final int TEST_POOL_SIZE = 25;

    private TestDatabases() {
    }

    /** An embedded H2 database in {@code directory} (a JUnit {@code @TempDir}); nothing to drop. */
    public static TestDatabase h2(Path directory) {
        return new TestDatabase(DatabaseSettings.embedded(directory).withMaxPoolSize(TEST_POOL_SIZE), () -> {
        });
    }

    /**
     * A new, empty PostgreSQL database; Chit's migrations run when it is opened.
     *
     * @throws org.opentest4j.TestAbortedException when the server is unreachable (the test is skipped)
     * @throws IllegalStateException               when it is unreachable and {@code CHIT_REQUIRE_PG=true}
     */
    public static TestDatabase postgres() {
        String adminUrl = env("CHIT_TEST_PG_URL").orElse(DEFAULT_ADMIN_URL);
        String user = env("CHIT_TEST_PG_USER").orElse("postgres");
        String password = env("CHIT_TEST_PG_PASSWORD").orElse("");
        String name = "chit_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (Connection admin = connect(adminUrl, user, password); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException unreachable) {
            throw skipOrFail(adminUrl, user, unreachable);
        }
        DatabaseSettings settings = DatabaseSettings.postgres(databaseUrl(adminUrl, name), user, password,
                Path.of(System.getProperty("java.io.tmpdir")))
                .withMaxPoolSize(TEST_POOL_SIZE);
        return new TestDatabase(settings, () -> drop(adminUrl, user, password, name));
    }

    /** Whether the PostgreSQL tests must run (and fail when they cannot) rather than be skipped. */
    public static boolean postgresRequired() {
        return env("CHIT_REQUIRE_PG").map(value -> value.strip().toLowerCase(Locale.ROOT)).filter("true"::equals)
                .isPresent();
    }

    private static RuntimeException skipOrFail(String adminUrl, String user, SQLException cause) {
        String message = "PostgreSQL at " + adminUrl + " (user " + user + ") is not reachable: " + cause.getMessage();
        if (postgresRequired()) {
            return new IllegalStateException(message + " (CHIT_REQUIRE_PG=true, so this fails)", cause);
        }
        System.err.println("""

                ************************************************************************
                *  SKIPPING THE POSTGRESQL TESTS
                *  %s
                *  Start PostgreSQL, or point CHIT_TEST_PG_URL / CHIT_TEST_PG_USER /
                *  CHIT_TEST_PG_PASSWORD at one. Set CHIT_REQUIRE_PG=true to fail instead.
                ************************************************************************
                """.formatted(message));
        return Assumptions.abort(message);
    }

    private static void drop(String adminUrl, String user, String password, String name) {
        // WITH (FORCE) closes connections a test left open, so a failed test cannot leak the database.
        try (Connection admin = connect(adminUrl, user, password); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop the test database " + name + ": " + e.getMessage());
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(url, properties);
    }

    /** The url of database {@code name} on the server of {@code adminUrl}, keeping its parameters. */
    static String databaseUrl(String adminUrl, String name) {
        Matcher matcher = POSTGRES_URL.matcher(adminUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC url: " + adminUrl);
        }
        return matcher.group(1) + "/" + name + Optional.ofNullable(matcher.group(3)).orElse("");
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }

    /** A database made for a test: its settings, and the cleanup that removes it. */
    public static final class TestDatabase implements AutoCloseable {

        private final DatabaseSettings settings;
        private final Runnable cleanup;

        TestDatabase(DatabaseSettings settings, Runnable cleanup) {
            this.settings = settings;
            this.cleanup = cleanup;
        }

        public DatabaseSettings settings() {
            return settings;
        }

        /** Drops the database (PostgreSQL); close the {@code Database} opened on it first. */
        @Override
        public void close() {
            cleanup.run();
        }

        @Override
        public String toString() {
            return settings.describe();
        }
    }
}
