package dev.chit.adapters.persistence;

import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V30 moves the one-text delivery addresses of orders placed before it into {@code line1}: a
 * database at the schema before, with such orders, migrated, reads them back as orders.
 */
abstract class AddressMigrationContract {

    private static final MigrationVersion ADDRESS_PARTS = MigrationVersion.fromVersion("30");

    abstract TestDatabase createDatabase(Path directory);

    @Test
    void oldDeliveryAddresses_becomeLine1_onOneLine(@TempDir Path directory) throws SQLException {
        try (TestDatabase testDatabase = createDatabase(directory)) {
            DatabaseSettings settings = testDatabase.settings();
            migrateToJustBeforeAddressParts(settings);
            UUID restaurant = UUID.randomUUID();
            UUID delivery = UUID.randomUUID();
            UUID twoLines = UUID.randomUUID();
            UUID pickup = UUID.randomUUID();
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.effectiveUser(),
                    settings.password())) {
                insertRestaurant(connection, restaurant);
                insertOrder(connection, restaurant, delivery, 1, "DELIVERY", "12 Atlantic Avenue, Brooklyn, NY 11201");
                insertOrder(connection, restaurant, twoLines, 2, "DELIVERY", "1 Main Street\r\nApartment 4\tback door");
                insertOrder(connection, restaurant, pickup, 3, "PICKUP", null);
            }

            try (Database database = Database.open(settings)) {
                assertThat(address(database, delivery)).contains(new DeliveryAddress(
                        "12 Atlantic Avenue, Brooklyn, NY 11201", Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty()));
                assertThat(address(database, twoLines).map(DeliveryAddress::line1))
                        .contains("1 Main Street Apartment 4 back door");
                Order pickedUp = database.orders().find(new OrderId(pickup)).orElseThrow();
                assertThat(pickedUp.fulfillment().type()).isEqualTo(FulfillmentType.PICKUP);
                assertThat(pickedUp.fulfillment().address()).isEmpty();
            }
        }
    }

    // Other branches number their migrations below V30 too; the newest of them is "before".
    private static void migrateToJustBeforeAddressParts(DatabaseSettings settings) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.effectiveUser(), settings.password())
                .locations("classpath:db/migration");
        MigrationVersion before = Arrays.stream(configuration.load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(version -> version.isNewerThan(MigrationVersion.EMPTY) && ADDRESS_PARTS.isNewerThan(version))
                .max(MigrationVersion::compareTo)
                .orElseThrow();
        configuration.target(before).load().migrate();
    }

    private static Optional<DeliveryAddress> address(Database database, UUID order) {
        return database.orders().find(new OrderId(order)).orElseThrow().fulfillment().address();
    }

    private static void insertRestaurant(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO restaurants (id, name, currency, timezone, accepting_orders, default_prep_minutes,
                    accept_timeout_minutes, tax_rate_basis_points, min_order, delivery_fee, service_fee_basis_points,
                    auto_accept, busy_extra_minutes, auto_pause_after_missed)
                VALUES (?, 'Before parts', 'USD', 'America/New_York', TRUE, 15, 10, 0, 0, 0, 0, FALSE, 0, 3)""")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }
        execute(connection, """
                INSERT INTO menu_items (id, restaurant_id, position, name, description, price, available)
                VALUES (?, ?, 0, 'Pizza', '', 1000, TRUE)""", UUID.randomUUID(), id);
    }

    private static void insertOrder(Connection connection, UUID restaurant, UUID id, int number, String type,
                                    String address) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO orders (id, restaurant_id, number, status, payment_status, fulfillment_type,
                    delivery_address, customer_name, customer_email, currency, subtotal, tax, delivery_fee,
                    service_fee, tip, discount, total, refunded, placed_at, estimated_ready_at, version)
                VALUES (?, ?, ?, 'PLACED', 'AUTHORIZED', ?, ?, 'Ada Guest', 'ada@example.com', 'USD',
                    1000, 0, 0, 0, 0, 0, 1000, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""")) {
            insert.setObject(1, id);
            insert.setObject(2, restaurant);
            insert.setInt(3, number);
            insert.setString(4, type);
            insert.setString(5, address);
            insert.executeUpdate();
        }
        // An order always has a line and the history entry that placed it.
        execute(connection, """
                INSERT INTO order_lines (id, order_id, position, menu_item_id, name, quantity, unit_price, line_total)
                SELECT ?, ?, 0, id, name, 1, 1000, 1000 FROM menu_items WHERE restaurant_id = ?""",
                UUID.randomUUID(), id, restaurant);
        execute(connection, """
                INSERT INTO order_status_history (order_id, position, to_status, moved_at, actor_type, actor_is_manager)
                VALUES (?, 0, 'PLACED', CURRENT_TIMESTAMP, 'CUSTOMER', FALSE)""", id);
    }

    private static void execute(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < params.length; index++) {
                statement.setObject(index + 1, params[index]);
            }
            statement.executeUpdate();
        }
    }
}
