package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.checkout.QuotedOption;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.ActorType;
import dev.chit.domain.order.HistoryEntry;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.restaurant.TaxRate;
import dev.chit.domain.station.StationId;
import io.helidon.dbclient.DbRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.chit.adapters.persistence.sql.Columns.bool;
import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalEnum;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.optionalText;
import static dev.chit.adapters.persistence.sql.Columns.optionalUuid;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;
import static dev.chit.adapters.persistence.sql.Statements.placeholders;

/**
 * An order's lines, chosen options and history: written with the order, and read for a whole
 * page of orders at once, one query per table, so a page of 200 orders costs four queries.
 */
final class OrderDetails {

    // Multi-row inserts, one statement per table whatever the order's size: a checkout's lines
    // (and their options, and its history) reach the database in one round trip each.
    private static final String INSERT_LINES = """
            INSERT INTO order_lines (id, order_id, position, menu_item_id, name, quantity, unit_price, note, line_total,
                station_ids, done_at, tax_code, tax_basis_points)
            VALUES """;
    private static final String LINE_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_OPTIONS = """
            INSERT INTO order_line_options (order_id, order_line_id, position, option_id, name, price_delta)
            VALUES """;
    private static final String OPTION_VALUES = "(?, ?, ?, ?, ?, ?)";
    private static final String INSERT_HISTORY = """
            INSERT INTO order_status_history (order_id, position, from_status, to_status, moved_at, actor_type,
                actor_id, actor_is_manager, reason)
            VALUES """;
    private static final String HISTORY_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_REFUNDED =
            "UPDATE order_lines SET refunded_quantity = ? WHERE id = ? AND order_id = ?";
    private static final String LINES_DONE = "SELECT id, done_at FROM order_lines WHERE order_id = ?";
    private static final String LINE_DONE = "UPDATE order_lines SET done_at = ? WHERE id = ? AND order_id = ?";
    private static final String HISTORY_LENGTH =
            "SELECT COUNT(*) AS entries FROM order_status_history WHERE order_id = ?";

    private static final String LINES_OF = """
            SELECT id AS line_id, order_id, menu_item_id AS line_menu_item_id, name AS line_name,
                quantity AS line_quantity, unit_price AS line_unit_price, note AS line_note,
                line_total AS line_line_total, refunded_quantity AS line_refunded_quantity,
                station_ids AS line_station_ids, done_at AS line_done_at, tax_code AS line_tax_code,
                tax_basis_points AS line_tax_basis_points
            FROM order_lines WHERE order_id IN (%s) ORDER BY position""";
    private static final String OPTIONS_OF = """
            SELECT order_line_id, option_id, name AS option_name, price_delta
            FROM order_line_options WHERE order_id IN (%s) ORDER BY position""";
    private static final String HISTORY_OF = """
            SELECT order_id, from_status, to_status, moved_at, actor_type, actor_id, actor_is_manager, reason
            FROM order_status_history WHERE order_id IN (%s) ORDER BY position""";

    private final Statements sql;

    OrderDetails(Statements sql) {
        this.sql = sql;
    }

    void add(Order order) {
        UUID orderId = order.id().value();
        List<Object> lines = new ArrayList<>();
        List<Object> options = new ArrayList<>();
        for (int position = 0; position < order.lines().size(); position++) {
            OrderLine line = order.lines().get(position);
            lines.addAll(Arrays.asList(line.id().value(), orderId, position, line.menuItemId().value(), line.name(),
                    line.quantity(), line.unitPrice().minorUnits(), line.note(), line.lineTotal().minorUnits(),
                    stationIds(line), line.doneAt(), line.taxRate().map(TaxRate::code),
                    line.taxRate().map(TaxRate::basisPoints)));
            for (int option = 0; option < line.options().size(); option++) {
                QuotedOption chosen = line.options().get(option);
                options.addAll(List.of(orderId, line.id().value(), option, chosen.id().value(), chosen.name(),
                        chosen.priceDelta().minorUnits()));
            }
        }
        insertRows("order-lines-insert", INSERT_LINES, LINE_VALUES, lines);
        insertRows("order-line-options-insert", INSERT_OPTIONS, OPTION_VALUES, options);
        appendHistory(order, 0);
    }

    /** Stores when each line of {@code order} was done, where the stored copy says otherwise. */
    void updateDone(Order order) {
        Map<UUID, Optional<Instant>> stored = new HashMap<>();
        for (DbRow row : sql.query("order-lines-done", LINES_DONE, order.id().value())) {
            stored.put(uuid(row, "id"), optionalInstant(row, "done_at"));
        }
        for (OrderLine line : order.lines()) {
            if (!line.doneAt().equals(stored.get(line.id().value()))) {
                sql.update("order-line-done", LINE_DONE, line.doneAt(), line.id().value(), order.id().value());
            }
        }
    }

    private static String stationIds(OrderLine line) {
        return line.stationIds().stream().map(StationId::toString).collect(Collectors.joining(","));
    }

    private static List<StationId> stationIds(String joined) {
        return joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(",")).map(id -> new StationId(UUID.fromString(id))).toList();
    }

    /** Stores the entries of {@code order}'s history beyond the first {@code stored}. */
    void appendHistory(Order order, int stored) {
        List<HistoryEntry> history = order.history();
        List<Object> rows = new ArrayList<>();
        for (int position = stored; position < history.size(); position++) {
            HistoryEntry entry = history.get(position);
            rows.addAll(Arrays.asList(order.id().value(), position, entry.from(), entry.to(), entry.at(),
                    entry.actor().type(), entry.actor().id(), entry.actor().manager(), entry.reason()));
        }
        insertRows("order-history-insert", INSERT_HISTORY, HISTORY_VALUES, rows);
    }

    /** One INSERT of as many rows as {@code params} fills, {@code tuple}'s count of values each; none for none. */
    private void insertRows(String name, String insert, String tuple, List<Object> params) {
        long perRow = tuple.chars().filter(c -> c == '?').count();
        int rows = (int) (params.size() / perRow);
        if (rows > 0) {
            sql.write(name, insert + String.join(", ", Collections.nCopies(rows, tuple)), params);
        }
    }

    /**
     * Stores how many items of each line were refunded. Only an order with refunded items has
     * any to store; the caller holds the order's row (its version check), so two refunds of the
     * same line are never both counted from the same starting point.
     */
    void updateRefundedQuantities(Order order) {
        for (OrderLine line : order.lines()) {
            if (line.refundedQuantity() > 0) {
                sql.write("order-line-refunded-update", UPDATE_REFUNDED, line.refundedQuantity(),
                        line.id().value(), order.id().value());
            }
        }
    }

    int storedHistoryLength(Order order) {
        return sql.get("order-history-length", HISTORY_LENGTH, order.id().value())
                .map(row -> intValue(row, "entries"))
                .orElse(0);
    }

    /** The orders of {@code orderRows}, complete, in the same order. */
    List<Order> complete(List<DbRow> orderRows) {
        if (orderRows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = orderRows.stream().map(row -> uuid(row, "id")).toList();
        Map<UUID, Currency> currencies = new HashMap<>();
        orderRows.forEach(row -> currencies.put(uuid(row, "id"), OrderRows.currency(row)));
        Map<UUID, List<OrderLine>> lines = lines(ids, currencies);
        Map<UUID, List<HistoryEntry>> history = history(ids);
        return orderRows.stream()
                .map(row -> OrderRows.order(row, lines.getOrDefault(uuid(row, "id"), List.of()),
                        history.getOrDefault(uuid(row, "id"), List.of())))
                .toList();
    }

    private Map<UUID, List<OrderLine>> lines(List<UUID> orderIds, Map<UUID, Currency> currencies) {
        String in = placeholders(orderIds.size());
        Map<UUID, List<DbRow>> optionsByLine = new HashMap<>();
        for (DbRow row : sql.query("order-line-options-of", OPTIONS_OF.formatted(in), orderIds)) {
            optionsByLine.computeIfAbsent(uuid(row, "order_line_id"), id -> new ArrayList<>()).add(row);
        }
        Map<UUID, List<OrderLine>> linesByOrder = new HashMap<>();
        for (DbRow row : sql.query("order-lines-of", LINES_OF.formatted(in), orderIds)) {
            UUID orderId = uuid(row, "order_id");
            Currency currency = currencies.get(orderId);
            UUID lineId = uuid(row, "line_id");
            List<QuotedOption> options = optionsByLine.getOrDefault(lineId, List.of()).stream()
                    .map(option -> option(option, currency))
                    .toList();
            linesByOrder.computeIfAbsent(orderId, id -> new ArrayList<>()).add(line(row, options, currency));
        }
        return linesByOrder;
    }

    /**
     * A line of {@code line_id, line_menu_item_id, line_name, line_quantity, line_unit_price,
     * line_note, line_line_total, line_refunded_quantity, line_station_ids, line_done_at, line_tax_code,
     * line_tax_basis_points}: prefixed, as the export reads them beside its order's columns. A line
     * stored before lines kept their rate has none.
     */
    static OrderLine line(DbRow row, List<QuotedOption> options, Currency currency) {
        return new OrderLine(new OrderLineId(uuid(row, "line_id")), new MenuItemId(uuid(row, "line_menu_item_id")),
                text(row, "line_name"), intValue(row, "line_quantity"),
                Money.of(longValue(row, "line_unit_price"), currency), options, optionalText(row, "line_note"),
                Money.of(longValue(row, "line_line_total"), currency), intValue(row, "line_refunded_quantity"),
                stationIds(text(row, "line_station_ids")), optionalInstant(row, "line_done_at"),
                optionalText(row, "line_tax_code").map(code -> new TaxRate(code, intValue(row, "line_tax_basis_points"))));
    }

    /** A chosen option of {@code option_id, option_name, price_delta}. */
    static QuotedOption option(DbRow row, Currency currency) {
        return new QuotedOption(new ModifierOptionId(uuid(row, "option_id")), text(row, "option_name"),
                Money.of(longValue(row, "price_delta"), currency));
    }

    /** An entry of {@code from_status, to_status, moved_at, actor_type, actor_id, actor_is_manager, reason}. */
    static HistoryEntry entry(DbRow row) {
        Actor actor = new Actor(enumValue(row, "actor_type", ActorType.class), optionalUuid(row, "actor_id"),
                bool(row, "actor_is_manager"));
        return new HistoryEntry(optionalEnum(row, "from_status", OrderStatus.class),
                enumValue(row, "to_status", OrderStatus.class), instant(row, "moved_at"), actor,
                optionalText(row, "reason"));
    }

    private Map<UUID, List<HistoryEntry>> history(List<UUID> orderIds) {
        Map<UUID, List<HistoryEntry>> historyByOrder = new HashMap<>();
        String statement = HISTORY_OF.formatted(placeholders(orderIds.size()));
        for (DbRow row : sql.query("order-history-of", statement, orderIds)) {
            historyByOrder.computeIfAbsent(uuid(row, "order_id"), id -> new ArrayList<>()).add(entry(row));
        }
        return historyByOrder;
    }
}
