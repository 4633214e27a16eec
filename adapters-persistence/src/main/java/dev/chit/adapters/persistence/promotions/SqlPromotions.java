package dev.chit.adapters.persistence.promotions;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.checkout.PromotionKind;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.Promotions;
import dev.chit.domain.promotion.Promotion;
import dev.chit.domain.promotion.PromotionId;
import dev.chit.domain.promotion.PromotionTerms;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.dbclient.DbRow;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.adapters.persistence.sql.Columns.bool;
import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.optionalInt;
import static dev.chit.adapters.persistence.sql.Columns.optionalLong;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** Promotions in {@code promotions}, the orders that redeemed them in {@code promotion_redemptions}. */
public final class SqlPromotions implements Promotions {

    private static final String COLUMNS = """
            id, restaurant_id, code, kind, promo_value, min_subtotal, starts_at, ends_at, max_redemptions,
            max_per_customer, first_order_only, active, redemptions""";
    private static final String OF = "SELECT " + COLUMNS + " FROM promotions WHERE restaurant_id = ? ORDER BY code_key";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM promotions WHERE restaurant_id = ? AND id = ?";
    private static final String BY_CODE =
            "SELECT " + COLUMNS + " FROM promotions WHERE restaurant_id = ? AND code_key = ?";
    private static final String INSERT = """
            INSERT INTO promotions (id, restaurant_id, code, code_key, kind, promo_value, min_subtotal, starts_at,
                ends_at, max_redemptions, max_per_customer, first_order_only, active)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE promotions SET code = ?, code_key = ?, kind = ?, promo_value = ?, min_subtotal = ?, starts_at = ?,
                ends_at = ?, max_redemptions = ?, max_per_customer = ?, first_order_only = ?, active = ?
            WHERE restaurant_id = ? AND id = ?""";
    private static final String DELETE = "DELETE FROM promotions WHERE restaurant_id = ? AND id = ?";
    // The condition is asked again of the row as it is once its lock is had (PostgreSQL's READ
    // COMMITTED re-reads it; H2 locks it), so concurrent checkouts never count past the maximum.
    private static final String TAKE_ONE = """
            UPDATE promotions SET redemptions = redemptions + 1
            WHERE id = ? AND (max_redemptions IS NULL OR redemptions < max_redemptions)""";
    private static final String RECORD = """
            INSERT INTO promotion_redemptions (order_id, promotion_id, customer_email) VALUES (?, ?, ?)""";
    private static final String REDEEMED_BY = "SELECT promotion_id FROM promotion_redemptions WHERE order_id = ?";
    private static final String FORGET = "DELETE FROM promotion_redemptions WHERE order_id = ?";
    private static final String GIVE_ONE_BACK =
            "UPDATE promotions SET redemptions = redemptions - 1 WHERE id = ? AND redemptions > 0";
    private static final String BY_GUEST = """
            SELECT COUNT(*) AS redeemed FROM promotion_redemptions WHERE promotion_id = ? AND customer_email = ?""";
    private static final String HAS_ORDERED = """
            SELECT id FROM orders WHERE restaurant_id = ? AND LOWER(customer_email) = ?
                AND status NOT IN ('REJECTED', 'CANCELLED', 'AWAITING_PAYMENT')
            FETCH FIRST 1 ROWS ONLY""";

    private final Statements sql;

    public SqlPromotions(Statements sql) {
        this.sql = sql;
    }

    @Override
    public List<Promotion> of(RestaurantId restaurantId) {
        return sql.query("promotions-of", OF, restaurantId.value()).stream().map(SqlPromotions::promotion).toList();
    }

    @Override
    public Optional<Promotion> find(RestaurantId restaurantId, PromotionId id) {
        return sql.get("promotion-by-id", BY_ID, restaurantId.value(), id.value()).map(SqlPromotions::promotion);
    }

    @Override
    public Optional<Promotion> findByCode(RestaurantId restaurantId, String codeKey) {
        return sql.get("promotion-by-code", BY_CODE, restaurantId.value(), codeKey).map(SqlPromotions::promotion);
    }

    @Override
    public void add(Promotion promotion) {
        PromotionTerms terms = promotion.terms();
        sql.update("promotion-insert", INSERT, promotion.id().value(), promotion.restaurantId().value(),
                terms.code(), terms.codeKey(), terms.kind(), terms.value(), terms.minSubtotal(), terms.startsAt(),
                terms.endsAt(), terms.maxRedemptions(), terms.maxPerCustomer(), terms.firstOrderOnly(),
                terms.active());
    }

    @Override
    public void update(Promotion promotion) {
        PromotionTerms terms = promotion.terms();
        sql.update("promotion-update", UPDATE, terms.code(), terms.codeKey(), terms.kind(), terms.value(),
                terms.minSubtotal(), terms.startsAt(), terms.endsAt(), terms.maxRedemptions(),
                terms.maxPerCustomer(), terms.firstOrderOnly(), terms.active(), promotion.restaurantId().value(),
                promotion.id().value());
    }

    @Override
    public boolean remove(RestaurantId restaurantId, PromotionId id) {
        return sql.update("promotion-delete", DELETE, restaurantId.value(), id.value()) > 0;
    }

    @Override
    public boolean redeem(PromotionId id, OrderId orderId, String emailKey) {
        if (sql.update("promotion-take-one", TAKE_ONE, id.value()) == 0) {
            return false;
        }
        sql.update("promotion-redemption-insert", RECORD, orderId.value(), id.value(), emailKey);
        return true;
    }

    @Override
    public boolean giveBack(OrderId orderId) {
        Optional<UUID> promotion = sql.get("promotion-redeemed-by", REDEEMED_BY, orderId.value())
                .map(row -> uuid(row, "promotion_id"));
        if (promotion.isEmpty() || sql.update("promotion-redemption-delete", FORGET, orderId.value()) == 0) {
            return false;
        }
        sql.update("promotion-give-one-back", GIVE_ONE_BACK, promotion.get());
        return true;
    }

    @Override
    public long redemptionsBy(PromotionId id, String emailKey) {
        return sql.get("promotion-redemptions-by-guest", BY_GUEST, id.value(), emailKey)
                .map(row -> longValue(row, "redeemed")).orElse(0L);
    }

    @Override
    public boolean hasOrdered(RestaurantId restaurantId, String emailKey) {
        return sql.get("promotion-guest-has-ordered", HAS_ORDERED, restaurantId.value(), emailKey).isPresent();
    }

    private static Promotion promotion(DbRow row) {
        PromotionTerms terms = new PromotionTerms(text(row, "code"), enumValue(row, "kind", PromotionKind.class),
                longValue(row, "promo_value"), optionalLong(row, "min_subtotal"), optionalInstant(row, "starts_at"),
                optionalInstant(row, "ends_at"), optionalInt(row, "max_redemptions"),
                optionalInt(row, "max_per_customer"), bool(row, "first_order_only"), bool(row, "active"));
        return new Promotion(new PromotionId(uuid(row, "id")), new RestaurantId(uuid(row, "restaurant_id")), terms,
                longValue(row, "redemptions"));
    }
}
