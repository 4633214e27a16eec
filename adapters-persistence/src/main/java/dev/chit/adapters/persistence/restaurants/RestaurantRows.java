package dev.chit.adapters.persistence.restaurants;

import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.RestaurantSettings;
import dev.chit.domain.restaurant.StripeAccountId;
import dev.chit.domain.restaurant.TaxMode;
import dev.chit.adapters.persistence.sql.TaxesText;
import dev.chit.domain.restaurant.VersionedRestaurant;
import io.helidon.dbclient.DbRow;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

import static dev.chit.adapters.persistence.sql.Columns.bool;
import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.optionalInt;
import static dev.chit.adapters.persistence.sql.Columns.optionalText;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** The {@code restaurants} table: its statements and the mapping of its rows. */
final class RestaurantRows {

    private static final String COLUMNS = """
            id, name, address, currency, timezone, accepting_orders, default_prep_minutes,
            accept_timeout_minutes, opening_hours, tax_rate_basis_points, min_order, delivery_fee,
            service_fee_basis_points, auto_accept, paused_until, busy_extra_minutes, busy_until,
            capacity_per_slot, auto_pause_after_missed, due_soon_minutes, late_after_minutes, tax_mode, tax_rates,
            stripe_account_id""";

    static final String INSERT = "INSERT INTO restaurants (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    // Currency and time zone are fixed at creation (see Restaurant), so they are not updated.
    static final String UPDATE = """
            UPDATE restaurants SET name = ?, address = ?, accepting_orders = ?, default_prep_minutes = ?,
                accept_timeout_minutes = ?, opening_hours = ?, tax_rate_basis_points = ?, min_order = ?,
                delivery_fee = ?, service_fee_basis_points = ?, auto_accept = ?, paused_until = ?,
                busy_extra_minutes = ?, busy_until = ?, capacity_per_slot = ?, auto_pause_after_missed = ?,
                due_soon_minutes = ?, late_after_minutes = ?, tax_mode = ?, tax_rates = ?, stripe_account_id = ?,
                version = version + 1
            WHERE id = ?""";

    static final String BY_ID = "SELECT " + COLUMNS + " FROM restaurants WHERE id = ?";

    static final String VERSIONED_BY_ID = "SELECT " + COLUMNS + ", version FROM restaurants WHERE id = ?";

    static final String LOCK_VERSIONED_BY_ID = VERSIONED_BY_ID + " FOR UPDATE";

    static final String ALL_BY_NAME = "SELECT " + COLUMNS + " FROM restaurants ORDER BY name, id";

    // A page: SELECT, then the filter's WHERE, then this; keyset on (name, id), which
    // restaurants_by_name indexes.
    static final String SELECT = "SELECT " + COLUMNS + " FROM restaurants";
    static final String PAGE_ORDER = " ORDER BY name, id LIMIT ?";

    private RestaurantRows() {
    }

    static List<Object> insertParams(Restaurant restaurant) {
        RestaurantSettings s = restaurant.settings();
        return Arrays.asList(restaurant.id().value(), restaurant.name(), restaurant.address(),
                restaurant.currency(), restaurant.timezone().getId(), s.acceptingOrders(), s.defaultPrepMinutes(),
                s.acceptTimeoutMinutes(), OpeningHoursText.write(s.openingHours()), s.taxRateBasisPoints(),
                s.minOrder().minorUnits(), s.deliveryFee().minorUnits(), s.serviceFeeBasisPoints(), s.autoAccept(),
                s.pausedUntil(), s.busyExtraMinutes(), s.busyUntil(), s.capacityPerSlot(), s.autoPauseAfterMissed(),
                s.dueSoonMinutes(), s.lateAfterMinutes(), s.taxPolicy().mode(), TaxesText.writeRates(s.taxPolicy()),
                s.stripeAccountId().map(StripeAccountId::value));
    }

    static List<Object> updateParams(Restaurant restaurant) {
        RestaurantSettings s = restaurant.settings();
        return Arrays.asList(restaurant.name(), restaurant.address(), s.acceptingOrders(),
                s.defaultPrepMinutes(), s.acceptTimeoutMinutes(), OpeningHoursText.write(s.openingHours()),
                s.taxRateBasisPoints(), s.minOrder().minorUnits(), s.deliveryFee().minorUnits(),
                s.serviceFeeBasisPoints(), s.autoAccept(), s.pausedUntil(), s.busyExtraMinutes(), s.busyUntil(),
                s.capacityPerSlot(), s.autoPauseAfterMissed(), s.dueSoonMinutes(), s.lateAfterMinutes(),
                s.taxPolicy().mode(), TaxesText.writeRates(s.taxPolicy()), s.stripeAccountId().map(StripeAccountId::value),
                restaurant.id().value());
    }

    static VersionedRestaurant versioned(DbRow row) {
        return new VersionedRestaurant(restaurant(row), longValue(row, "version"));
    }

    static Restaurant restaurant(DbRow row) {
        Currency currency = Currency.getInstance(text(row, "currency").strip());
        RestaurantSettings settings = new RestaurantSettings(
                bool(row, "accepting_orders"),
                intValue(row, "default_prep_minutes"),
                intValue(row, "accept_timeout_minutes"),
                OpeningHoursText.read(optionalText(row, "opening_hours")),
                intValue(row, "tax_rate_basis_points"),
                Money.of(longValue(row, "min_order"), currency),
                Money.of(longValue(row, "delivery_fee"), currency),
                intValue(row, "service_fee_basis_points"),
                bool(row, "auto_accept"),
                optionalInstant(row, "paused_until"),
                intValue(row, "busy_extra_minutes"),
                optionalInstant(row, "busy_until"),
                optionalInt(row, "capacity_per_slot"),
                intValue(row, "auto_pause_after_missed"),
                intValue(row, "due_soon_minutes"),
                intValue(row, "late_after_minutes"));
        settings = settings.withTaxPolicy(TaxesText.readRates(TaxMode.valueOf(text(row, "tax_mode").strip()),
                optionalText(row, "tax_rates"), settings.taxRateBasisPoints()))
                .withStripeAccountId(optionalText(row, "stripe_account_id").map(StripeAccountId::new));
        return new Restaurant(new RestaurantId(uuid(row, "id")), text(row, "name"), optionalText(row, "address"),
                currency, ZoneId.of(text(row, "timezone")), settings);
    }
}
