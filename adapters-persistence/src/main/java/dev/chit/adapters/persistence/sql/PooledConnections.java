package dev.chit.adapters.persistence.sql;

import com.zaxxer.hikari.HikariDataSource;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.jdbc.JdbcConnectionPool;

import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Hands Helidon's DbClient the connections of a HikariCP pool. Helidon 4.5 has no HikariCP
 * integration of its own for a pool built in code, and this is all it takes.
 */
public final class PooledConnections implements JdbcConnectionPool {

    private static final System.Logger LOG = System.getLogger(PooledConnections.class.getName());

    private final HikariDataSource dataSource;
    private final String dbType;
    private final ThreadLocal<Connection> held = new ThreadLocal<>();

    /** @param dbType {@code "jdbc:postgresql"} or {@code "jdbc:h2"}, as Helidon names database types */
    public PooledConnections(HikariDataSource dataSource, String dbType) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dbType = Objects.requireNonNull(dbType, "dbType");
    }

    @Override
    public Connection connection() {
        Connection own = held.get();
        if (own != null) {
            return keptOpen(own);
        }
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DbClientException("no database connection available", e);
        }
    }

    /**
     * Runs {@code work} with one connection of the pool held by this thread: what DbClient runs
     * on this thread meanwhile runs on it too, so plain JDBC beside DbClient (a {@link RowCursor})
     * reads in the same transaction. DbClient's close of it is ignored; it goes back to the pool
     * when the work ends.
     */
    <T> T holding(Function<Connection, T> work) {
        if (held.get() != null) {
            throw new IllegalStateException("this thread holds a connection already");
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new DbClientException("no database connection available", e);
        }
        held.set(connection);
        try {
            return work.apply(connection);
        } finally {
            held.remove();
            close(connection);
        }
    }

    /** The connection {@link #holding} gave this thread, if it is in such work. */
    Optional<Connection> held() {
        return Optional.ofNullable(held.get());
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // The pool discards a connection it cannot reset; nothing of the work depends on it.
            LOG.log(Level.DEBUG, "A held connection did not close cleanly: {0}", e.getMessage());
        }
    }

    // The held connection as DbClient gets it: everything passes through but close().
    private static Connection keptOpen(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public String dbType() {
        return dbType;
    }

    @Override
    public String name() {
        return "chit";
    }

    @Override
    public String type() {
        return "hikari";
    }
}
