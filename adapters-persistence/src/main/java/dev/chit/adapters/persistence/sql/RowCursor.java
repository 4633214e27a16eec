package dev.chit.adapters.persistence.sql;

import dev.chit.adapters.persistence.sql.CursorRow.CursorColumns;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbRow;

import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A query read as it is needed, with plain JDBC on the connection a snapshot holds, {@code fetchSize} rows at a time: on PostgreSQL a portal of the
 * open transaction, so memory holds one fetch however many rows match. Several cursors may be
 * open on one connection at once and read side by side (an order's lines beside its history).
 * Closing it closes the statement; on PostgreSQL that ends the portal, so a reader that stops
 * early (a client gone mid-export) stops the query too.
 */
public final class RowCursor implements Iterator<DbRow>, AutoCloseable {

    private final String name;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final CursorColumns columns;
    private DbRow next;
    private boolean finished;

    private RowCursor(String name, PreparedStatement statement, ResultSet rows) throws SQLException {
        this.name = name;
        this.statement = statement;
        this.rows = rows;
        this.columns = columnsOf(rows.getMetaData());
    }

    static RowCursor open(Connection connection, String name, String sql, List<?> params, int fetchSize) {
        PreparedStatement statement = null;
        try {
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(fetchSize);
            Object[] bound = SqlValues.all(params.toArray());
            for (int index = 0; index < bound.length; index++) {
                statement.setObject(index + 1, bound[index]);
            }
            return new RowCursor(name, statement, statement.executeQuery());
        } catch (SQLException failure) {
            closeQuietly(statement);
            throw SqlFailures.unavailableOr(new DbClientException("cursor " + name + " could not be opened", failure));
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = read();
        }
        return next != null;
    }

    @Override
    public DbRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException("cursor " + name + " has no more rows");
        }
        DbRow row = next;
        next = null;
        return row;
    }

    /** The next row without moving past it; empty at the end. */
    public Optional<DbRow> peek() {
        return hasNext() ? Optional.of(next) : Optional.empty();
    }

    @Override
    public void close() {
        closeQuietly(statement);
    }

    private DbRow read() {
        try {
            if (!rows.next()) {
                finished = true;
                return null;
            }
            Object[] values = new Object[columns.names().length];
            for (int index = 0; index < values.length; index++) {
                values[index] = columns.timestamps()[index]
                        ? rows.getObject(index + 1, OffsetDateTime.class)
                        : rows.getObject(index + 1);
            }
            return new CursorRow(columns, values);
        } catch (SQLException failure) {
            throw SqlFailures.unavailableOr(new DbClientException("cursor " + name + " failed", failure));
        }
    }

    private static CursorColumns columnsOf(ResultSetMetaData metaData) throws SQLException {
        int count = metaData.getColumnCount();
        String[] names = new String[count];
        String[] types = new String[count];
        boolean[] timestamps = new boolean[count];
        Map<String, Integer> indexes = new HashMap<>();
        for (int index = 0; index < count; index++) {
            names[index] = metaData.getColumnLabel(index + 1);
            // The JDBC type, not the driver's type name: PgJDBC looks that up in the catalog.
            int type = metaData.getColumnType(index + 1);
            types[index] = jdbcType(type);
            // As OffsetDateTime: PgJDBC makes a Timestamp through a Calendar, several times slower.
            timestamps[index] = type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE;
            indexes.putIfAbsent(names[index], index);
        }
        return new CursorColumns(names, types, timestamps, Map.copyOf(indexes));
    }

    private static String jdbcType(int code) {
        try {
            return JDBCType.valueOf(code).getName();
        } catch (IllegalArgumentException vendorType) {
            return JDBCType.OTHER.getName();
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        if (statement == null) {
            return;
        }
        try {
            statement.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the failure is what the caller needs, and the
            // transaction's end releases whatever the statement still held.
        }
    }
}
