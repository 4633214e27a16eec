package dev.chit.adapters.persistence.sql;

import com.zaxxer.hikari.HikariDataSource;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.jdbc.JdbcConnectionPool;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Hands Helidon's DbClient the connections of a HikariCP pool. Helidon 4.5 has no HikariCP
 * integration of its own for a pool built in code, and this is all it takes.
 */
public final class PooledConnections implements JdbcConnectionPool {

    private final HikariDataSource dataSource;
    private final String dbType;

    /** @param dbType {@code "jdbc:postgresql"} or {@code "jdbc:h2"}, as Helidon names database types */
    public PooledConnections(HikariDataSource dataSource, String dbType) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dbType = Objects.requireNonNull(dbType, "dbType");
    }

    @Override
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DbClientException("no database connection available", e);
        }
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
