package dev.chit.application.promotions;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.Promotions;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.promotion.Promotion;
import dev.chit.domain.promotion.PromotionId;
import dev.chit.domain.promotion.PromotionTerms;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A restaurant's managers list, create, change (pause, resume) and delete its promo codes. Codes
 * are unique per restaurant whatever their case. Orders placed keep the promotion as it was.
 */
public final class ManagePromotions {

    private static final System.Logger LOG = System.getLogger(ManagePromotions.class.getName());

    private final Restaurants restaurants;
    private final Promotions promotions;
    private final Transactions transactions;
    private final IdGenerator ids;

    public ManagePromotions(Restaurants restaurants, Promotions promotions, Transactions transactions,
                            IdGenerator ids) {
        this.restaurants = restaurants;
        this.promotions = promotions;
        this.transactions = transactions;
        this.ids = ids;
    }

    /** @throws NotFound unless the caller works at the restaurant; staff who do not manage it are refused */
    public List<Promotion> list(Caller caller, RestaurantId restaurantId) {
        requireManager(caller, restaurantId);
        return promotions.of(restaurantId);
    }

    /** @throws InvalidInput when the code is taken (whatever its case) */
    public Promotion create(Caller caller, RestaurantId restaurantId, PromotionTerms terms) {
        requireManager(caller, restaurantId);
        Promotion created = transactions.inTransaction(() -> {
            requireCodeFree(restaurantId, terms, null);
            Promotion promotion = new Promotion(new PromotionId(ids.next()), restaurantId, terms, 0);
            promotions.add(promotion);
            return promotion;
        });
        LOG.log(System.Logger.Level.INFO, "event=promotion_created restaurant={0} promotion={1}",
                restaurantId, created.id());
        return created;
    }

    /** Changes the terms: {@code change} gets the current ones and gives the new. */
    public Promotion change(Caller caller, RestaurantId restaurantId, PromotionId id,
                            UnaryOperator<PromotionTerms> change) {
        requireManager(caller, restaurantId);
        return transactions.inTransaction(() -> {
            Promotion current = promotions.find(restaurantId, id).orElseThrow(() -> new NotFound("promotion", id));
            PromotionTerms next = change.apply(current.terms());
            requireCodeFree(restaurantId, next, id);
            Promotion changed = current.withTerms(next);
            promotions.update(changed);
            return changed;
        });
    }

    public void delete(Caller caller, RestaurantId restaurantId, PromotionId id) {
        requireManager(caller, restaurantId);
        if (!transactions.inTransaction(() -> promotions.remove(restaurantId, id))) {
            throw new NotFound("promotion", id);
        }
        LOG.log(System.Logger.Level.INFO, "event=promotion_deleted restaurant={0} promotion={1}", restaurantId, id);
    }

    private void requireManager(Caller caller, RestaurantId restaurantId) {
        caller.requireManagerOf(restaurantId);
        restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
    }

    private void requireCodeFree(RestaurantId restaurantId, PromotionTerms terms, PromotionId self) {
        promotions.findByCode(restaurantId, terms.codeKey())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new InvalidInput("code", "taken", "the restaurant has a promotion with this code already");
                });
    }
}
