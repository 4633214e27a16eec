package dev.chit.adapters.persistence;

import dev.chit.adapters.persistence.sql.SqlFailures;
import dev.chit.domain.order.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What the schema itself refuses, below the domain: the last line of defence when a bug or a
 * hand-written statement gets past the aggregate.
 */
abstract class SchemaContract extends ContractBase {

    @Test
    void negativeAmounts_areRejected() {
        Order order = given().kitchen().order().place();

        assertCheckViolation("UPDATE orders SET tip = -1, total = total - 1 - tip WHERE id = ?", order);
        assertCheckViolation("UPDATE orders SET refunded = -5 WHERE id = ?", order);
        assertCheckViolation("UPDATE menu_items SET price = -1 WHERE id = ?", order.lines().getFirst().menuItemId().value());
    }

    @Test
    void totalsThatDoNotAddUp_refundsAboveTheTotal_andBadQuantities_areRejected() {
        Order order = given().kitchen().order().place();

        assertCheckViolation("UPDATE orders SET total = total + 1 WHERE id = ?", order);
        assertCheckViolation("UPDATE orders SET refunded = total + 1 WHERE id = ?", order);
        assertCheckViolation("UPDATE orders SET status = 'LOST' WHERE id = ?", order);
        assertCheckViolation("UPDATE order_lines SET quantity = 100, line_total = unit_price * 100 WHERE id = ?",
                order.lines().getFirst().id().value());
        assertCheckViolation("UPDATE order_lines SET quantity = 0, line_total = 0 WHERE id = ?",
                order.lines().getFirst().id().value());
        assertCheckViolation("UPDATE order_lines SET refunded_quantity = quantity + 1 WHERE id = ?",
                order.lines().getFirst().id().value());
        assertCheckViolation("UPDATE order_lines SET tax_code = NULL WHERE id = ?",
                order.lines().getFirst().id().value());
        assertCheckViolation("UPDATE order_lines SET tax_basis_points = 10001 WHERE id = ?",
                order.lines().getFirst().id().value());
    }

    @Test
    void orderNumbers_areUniquePerRestaurant() {
        var kitchen = given().kitchen();
        kitchen.order().place();

        Throwable thrown = catchThrowable(() -> database().orders().add(kitchen.order().build(1)));

        assertThat(SqlFailures.isUniqueViolation(thrown)).as("unique violation: %s", thrown).isTrue();
    }

    @Test
    void database_isHealthy_andDescribesItselfWithoutSecrets() {
        assertThat(database().isHealthy()).isTrue();
        assertThat(database().describe()).containsAnyOf("embedded H2 at ", "PostgreSQL at ").doesNotContain("***");
    }

    private void assertCheckViolation(String statement, Order order) {
        assertCheckViolation(statement, order.id().value());
    }

    private void assertCheckViolation(String statement, Object id) {
        Throwable thrown = catchThrowable(() -> database().statements().update("test-violation", statement, id));

        assertThat(SqlFailures.isCheckViolation(thrown)).as("check violation for %s: %s", statement, thrown).isTrue();
    }
}
