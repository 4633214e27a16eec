package dev.chit.adapters.persistence.orders;

import dev.chit.domain.checkout.AppliedPromotion;
import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.PromotionKind;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.Customer;
import dev.chit.domain.order.GuestLanguage;
import dev.chit.domain.order.HistoryEntry;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.OrderTotals;
import dev.chit.adapters.persistence.sql.TaxesText;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.dbclient.DbRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static dev.chit.adapters.persistence.sql.Columns.bool;
import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalBool;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.optionalLong;
import static dev.chit.adapters.persistence.sql.Columns.optionalText;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** The {@code orders} table: the order itself, without its lines and history. */
final class OrderRows {

    static final String COLUMNS = """
            o.id, o.restaurant_id, o.number, o.status, o.payment_status, o.fulfillment_type, o.delivery_line1,
            o.delivery_line2, o.delivery_city, o.delivery_region, o.delivery_postal_code, o.delivery_country,
            o.delivery_instructions, o.dine_in_table, o.scheduled_for, o.customer_name, o.customer_email, o.customer_phone, o.customer_locale, o.currency,
            o.subtotal, o.tax, o.delivery_fee, o.service_fee, o.tip, o.discount, o.total, o.refunded, o.notes,
            o.placed_at, o.accepted_at, o.estimated_ready_at, o.ready_at, o.completed_at, o.version, o.taxes,
            o.included_tax, o.tax_included, o.disputed, o.promo_code, o.promo_kind, o.promo_value""";

    static final String INSERT = """
            INSERT INTO orders (id, restaurant_id, number, currency, placed_at, customer_locale, status, payment_status,
                fulfillment_type, delivery_line1, delivery_line2, delivery_city, delivery_region,
                delivery_postal_code, delivery_country, delivery_instructions, dine_in_table, scheduled_for,
                customer_name, customer_email, customer_phone, subtotal, tax, delivery_fee, service_fee, tip,
                discount, total, refunded, notes, accepted_at, estimated_ready_at, ready_at, completed_at,
                taxes, included_tax, tax_included, disputed, promo_code, promo_kind, promo_value, access_token_hash,
                version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    // Identity, currency and the guest's language never change; lines are a snapshot and are not
    // rewritten either. Number and placing time change once, when an order that waited for the
    // guest's bank is placed. Everything else is stored as the aggregate now has it.
    static final String UPDATE = """
            UPDATE orders SET status = ?, payment_status = ?, fulfillment_type = ?, delivery_line1 = ?,
                delivery_line2 = ?, delivery_city = ?, delivery_region = ?, delivery_postal_code = ?,
                delivery_country = ?, delivery_instructions = ?, dine_in_table = ?, scheduled_for = ?, customer_name = ?, customer_email = ?, customer_phone = ?,
                subtotal = ?, tax = ?, delivery_fee = ?, service_fee = ?, tip = ?, discount = ?, total = ?,
                refunded = ?, notes = ?, accepted_at = ?, estimated_ready_at = ?, ready_at = ?, completed_at = ?,
                taxes = ?, included_tax = ?, tax_included = ?, disputed = ?, number = ?, placed_at = ?, version = version + 1
            WHERE id = ? AND version = ?""";

    static final String BY_ID = "SELECT " + COLUMNS + " FROM orders o WHERE o.id = ?";

    static final String ACCESS_TOKEN_HASH = "SELECT access_token_hash FROM orders WHERE id = ?";

    static final String GRANT_ACCESS = "UPDATE orders SET access_token_hash = ? WHERE id = ?";

    private OrderRows() {
    }

    static List<Object> insertParams(Order order, Optional<String> accessTokenHash) {
        List<Object> params = concat(Arrays.asList(order.id().value(), order.restaurantId().value(), number(order),
                order.currency(), order.placedAt(), order.customer().language().tag()), changeableParams(order));
        // Written once: the promotion as it was when the order was priced.
        Optional<AppliedPromotion> promotion = order.totals().promotion();
        params.add(promotion.map(AppliedPromotion::code));
        params.add(promotion.map(AppliedPromotion::kind));
        params.add(promotion.map(AppliedPromotion::value));
        params.add(accessTokenHash);
        return params;
    }

    static List<Object> updateParams(Order order) {
        return concat(changeableParams(order),
                Arrays.asList(number(order), order.placedAt(), order.id().value(), order.version()));
    }

    // NULL until the order is placed: the unique (restaurant, number) index then ignores it.
    private static Optional<Long> number(Order order) {
        return order.isNumbered() ? Optional.of(order.number()) : Optional.empty();
    }

    private static List<Object> changeableParams(Order order) {
        OrderTotals totals = order.totals();
        Optional<DeliveryAddress> address = order.fulfillment().address();
        return Arrays.asList(order.status(), order.paymentStatus(), order.fulfillment().type(),
                address.map(DeliveryAddress::line1), address.flatMap(DeliveryAddress::line2),
                address.flatMap(DeliveryAddress::city), address.flatMap(DeliveryAddress::region),
                address.flatMap(DeliveryAddress::postalCode), address.flatMap(DeliveryAddress::country),
                address.flatMap(DeliveryAddress::instructions), order.fulfillment().table(), order.scheduledFor(),
                order.customer().name(), order.customer().email(), order.customer().phone(),
                totals.subtotal().minorUnits(), totals.taxAdded().minorUnits(), totals.deliveryFee().minorUnits(),
                totals.serviceFee().minorUnits(), totals.tip().minorUnits(), totals.discount().minorUnits(),
                totals.total().minorUnits(), order.refunded().minorUnits(), order.notes(), order.acceptedAt(),
                order.estimatedReadyAt(), order.readyAt(), order.completedAt(), TaxesText.writeTaxes(totals.taxes()),
                totals.tax().minus(totals.taxAdded()).minorUnits(), totals.taxIncluded(), order.disputed());
    }

    static Currency currency(DbRow row) {
        return Currency.getInstance(text(row, "currency").strip());
    }

    static Order order(DbRow row, List<OrderLine> lines, List<HistoryEntry> history) {
        Currency currency = currency(row);
        Fulfillment fulfillment = new Fulfillment(enumValue(row, "fulfillment_type", FulfillmentType.class),
                deliveryAddress(row), optionalText(row, "dine_in_table"));
        Customer customer = new Customer(text(row, "customer_name"), text(row, "customer_email"),
                optionalText(row, "customer_phone"),
                GuestLanguage.ofTag(text(row, "customer_locale").strip()).orElse(GuestLanguage.EN));
        // tax holds what was added on top; included_tax what the prices held (see V110).
        Money tax = money(row, "tax", currency).plus(money(row, "included_tax", currency));
        OrderTotals totals = totals(row, currency, tax);
        return new Order(new OrderId(uuid(row, "id")), optionalLong(row, "number").orElse(Order.UNNUMBERED),
                new RestaurantId(uuid(row, "restaurant_id")), enumValue(row, "status", OrderStatus.class),
                enumValue(row, "payment_status", PaymentStatus.class), fulfillment,
                optionalInstant(row, "scheduled_for"), customer, lines, totals, money(row, "refunded", currency),
                optionalText(row, "notes"), instant(row, "placed_at"), optionalInstant(row, "accepted_at"),
                instant(row, "estimated_ready_at"), optionalInstant(row, "ready_at"),
                optionalInstant(row, "completed_at"), history, longValue(row, "version"),
                optionalBool(row, "disputed").orElse(false));
    }

    // A row written by hand (a benchmark's seed) may have no taxes: one rate added on top, then.
    private static OrderTotals totals(DbRow row, Currency currency, Money tax) {
        Money subtotal = money(row, "subtotal", currency);
        Money deliveryFee = money(row, "delivery_fee", currency);
        Money serviceFee = money(row, "service_fee", currency);
        Money tip = money(row, "tip", currency);
        Money discount = money(row, "discount", currency);
        Money total = money(row, "total", currency);
        Optional<AppliedPromotion> promotion = optionalText(row, "promo_code")
                .map(code -> new AppliedPromotion(code, enumValue(row, "promo_kind", PromotionKind.class),
                        longValue(row, "promo_value")));
        return optionalText(row, "taxes")
                .map(taxes -> new OrderTotals(subtotal, tax, deliveryFee, serviceFee, tip, discount, total,
                        TaxesText.readTaxes(taxes, currency), bool(row, "tax_included"), promotion))
                .orElseGet(() -> new OrderTotals(subtotal, tax, deliveryFee, serviceFee, tip, discount, total));
    }

    private static Optional<DeliveryAddress> deliveryAddress(DbRow row) {
        return optionalText(row, "delivery_line1").map(line1 -> new DeliveryAddress(line1,
                optionalText(row, "delivery_line2"), optionalText(row, "delivery_city"),
                optionalText(row, "delivery_region"), optionalText(row, "delivery_postal_code"),
                optionalText(row, "delivery_country"), optionalText(row, "delivery_instructions")));
    }

    private static Money money(DbRow row, String column, Currency currency) {
        return Money.of(longValue(row, column), currency);
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
