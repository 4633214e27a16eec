package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.DatabaseSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How many rows each table of Chit's schema holds, read in one statement: what a refused request
 * must leave as it found it. Flyway's own table is not Chit's data.
 */
final class TableCounts implements AutoCloseable {

    private final Connection connection;
    private final String countAll;

    TableCounts(DatabaseSettings settings) {
        try {
            connection = DriverManager.getConnection(settings.jdbcUrl(), settings.effectiveUser(), settings.password());
            List<String> tables = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (found.next()) {
                    String table = found.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!table.startsWith("flyway")) {
                        tables.add(table);
                    }
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no tables found in " + settings.describe());
            }
            countAll = tables.stream()
                    .map(table -> "SELECT '" + table + "' AS t, COUNT(*) AS n FROM " + table)
                    .collect(Collectors.joining(" UNION ALL "));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of " + settings.describe(), e);
        }
    }

    /** Every table and its row count, by name. */
    Map<String, Long> now() {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(countAll)) {
            while (rows.next()) {
                counts.put(rows.getString("t"), rows.getLong("n"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
