package dev.chit.adapters.persistence;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * H2's half of V85 (PostgreSQL's is {@code db/vendor/postgresql/V85__drop_order_status_checks.sql}):
 * drops the status checks of V4, which V86 replaces. H2 gave those unnamed checks names of its
 * own, so they are found by what they check: the statuses they list. (Flyway reads the version
 * from the class name.)
 */
final class V85__drop_order_status_checks extends BaseJavaMigration {

    private static final String CHECKS = """
            SELECT tc.constraint_name, cc.check_clause
              FROM information_schema.table_constraints tc
              JOIN information_schema.check_constraints cc
                ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name
             WHERE tc.table_name = ? AND tc.constraint_type = 'CHECK'""";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        dropChecksListing(connection, "orders", "'OUT_FOR_DELIVERY'");
        dropChecksListing(connection, "orders", "'PARTIALLY_REFUNDED'");
        dropChecksListing(connection, "order_status_history", "'OUT_FOR_DELIVERY'");
    }

    private static void dropChecksListing(Connection connection, String table, String value) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(CHECKS)) {
            find.setString(1, table);
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(2).contains(value)) {
                        names.add(rows.getString(1));
                    }
                }
            }
        }
        if (names.isEmpty()) {
            throw new SQLException("no check of " + table + " lists " + value);
        }
        try (Statement drop = connection.createStatement()) {
            for (String name : names) {
                drop.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + name + "\"");
            }
        }
    }
}
