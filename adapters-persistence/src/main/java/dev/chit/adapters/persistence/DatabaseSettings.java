package dev.chit.adapters.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where Chit keeps its data. Without a {@code url} it is an embedded H2 database, in
 * PostgreSQL mode, in a file under {@code dataDir}: nothing to install for a first run. With
 * a {@code jdbc:postgresql:} url it is that PostgreSQL database, the one production uses.
 *
 * <p>{@link #toString()} never shows the password, nor a password given in the url.
 *
 * @param user        for the embedded database, blank means H2's usual {@code sa}
 * @param maxPoolSize how many connections the pool may open at most
 * @param poolTimeout how long a request waits for a pooled connection before it is answered
 *                    "database unavailable" (503): while the database is away, this is how long
 *                    each request hangs
 * @param connectTimeout  PostgreSQL: how long opening a connection may take (each host of a
 *                        multi-host url in turn)
 * @param socketTimeout   PostgreSQL: how long a connection may wait for an answer before it is
 *                        taken for dead (a primary gone without closing its sockets); longer than
 *                        any statement Chit runs, and also what a request cut off that way waits
 */
public record DatabaseSettings(Optional<String> url, String user, String password, Path dataDir, int maxPoolSize,
                               Duration poolTimeout, Duration connectTimeout, Duration socketTimeout) {

    public static final int DEFAULT_MAX_POOL_SIZE = 10;
    public static final Duration DEFAULT_POOL_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(30);
    // HikariCP refuses less.
    private static final Duration SHORTEST_POOL_TIMEOUT = Duration.ofMillis(250);

    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

    // PostgreSQL mode makes H2 accept the PostgreSQL scripts; lower-case names and NULLs last
    // make it answer like PostgreSQL; a lock timeout longer than H2's default lets concurrent
    // order placements queue on the restaurant row as they do on PostgreSQL. Chit closes the
    // database itself, last, when it stops: H2 must not close it under requests still draining.
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";

    public DatabaseSettings {
        url = Objects.requireNonNull(url, "url").map(String::strip).filter(u -> !u.isEmpty());
        url.ifPresent(u -> {
            if (!u.startsWith(POSTGRESQL_PREFIX)) {
                throw new IllegalArgumentException("the database url must be a PostgreSQL JDBC url (jdbc:postgresql://...);"
                        + " leave it empty for the embedded database, not " + redact(u));
            }
        });
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
        Objects.requireNonNull(dataDir, "dataDir");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1, not " + maxPoolSize);
        }
        Objects.requireNonNull(poolTimeout, "poolTimeout");
        if (poolTimeout.compareTo(SHORTEST_POOL_TIMEOUT) < 0) {
            throw new IllegalArgumentException("the pool timeout must be at least " + SHORTEST_POOL_TIMEOUT.toMillis()
                    + " ms, not " + poolTimeout.toMillis() + " ms");
        }
        // The driver counts both in whole seconds, 0 meaning "never".
        if (connectTimeout.toSeconds() < 1 || socketTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("the connect and socket timeouts must be at least 1 second");
        }
    }

    /** With the default connect and socket timeouts. */
    public DatabaseSettings(Optional<String> url, String user, String password, Path dataDir, int maxPoolSize,
                            Duration poolTimeout) {
        this(url, user, password, dataDir, maxPoolSize, poolTimeout, DEFAULT_CONNECT_TIMEOUT, DEFAULT_SOCKET_TIMEOUT);
    }

    /** With the default pool timeout ({@link #DEFAULT_POOL_TIMEOUT}). */
    public DatabaseSettings(Optional<String> url, String user, String password, Path dataDir, int maxPoolSize) {
        this(url, user, password, dataDir, maxPoolSize, DEFAULT_POOL_TIMEOUT);
    }

    /** The embedded H2 database in {@code dataDir}. */
    public static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings(Optional.empty(), "", "", dataDir, DEFAULT_MAX_POOL_SIZE);
    }

    /** A PostgreSQL database; {@code dataDir} is unused by the database but kept for the rest of Chit. */
    public static DatabaseSettings postgres(String url, String user, String password, Path dataDir) {
        return new DatabaseSettings(Optional.of(url), user, password, dataDir, DEFAULT_MAX_POOL_SIZE);
    }

    public DatabaseSettings withMaxPoolSize(int newMaxPoolSize) {
        return new DatabaseSettings(url, user, password, dataDir, newMaxPoolSize, poolTimeout, connectTimeout,
                socketTimeout);
    }

    public DatabaseSettings withPoolTimeout(Duration newPoolTimeout) {
        return new DatabaseSettings(url, user, password, dataDir, maxPoolSize, newPoolTimeout, connectTimeout,
                socketTimeout);
    }

    /** The same database reached at another url (through a proxy, say); the rest kept. */
    public DatabaseSettings withUrl(String newUrl) {
        return new DatabaseSettings(Optional.of(newUrl), user, password, dataDir, maxPoolSize, poolTimeout,
                connectTimeout, socketTimeout);
    }

    public DatabaseSettings withTimeouts(Duration newConnectTimeout, Duration newSocketTimeout) {
        return new DatabaseSettings(url, user, password, dataDir, maxPoolSize, poolTimeout, newConnectTimeout,
                newSocketTimeout);
    }

    public boolean isEmbedded() {
        return url.isEmpty();
    }

    /** The JDBC url to connect to: the configured one, or the embedded database's file. */
    public String jdbcUrl() {
        return url.orElseGet(() -> "jdbc:h2:file:" + embeddedFile() + H2_OPTIONS);
    }

    /** The user to connect as. */
    public String effectiveUser() {
        return isEmbedded() && user.isEmpty() ? "sa" : user;
    }

    /** Where the data is, for logs and the health check; never the password. */
    public String describe() {
        return url.map(u -> "PostgreSQL at " + redact(u)).orElseGet(() -> "embedded H2 at " + embeddedFile());
    }

    Path embeddedFile() {
        return dataDir.toAbsolutePath().normalize().resolve("chit");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url.map(DatabaseSettings::redact).orElse("(embedded)")
                + ", user=" + user + ", password=" + (password.isEmpty() ? "(none)" : "***")
                + ", dataDir=" + dataDir + ", maxPoolSize=" + maxPoolSize + ", poolTimeout=" + poolTimeout
                + ", connectTimeout=" + connectTimeout + ", socketTimeout=" + socketTimeout + "]";
    }

    private static String redact(String url) {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
    }
}
