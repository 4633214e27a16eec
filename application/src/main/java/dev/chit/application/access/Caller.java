package dev.chit.application.access;

import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Actor;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.UserId;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking, once authenticated: a user of the portal (or of an identity system Chit
 * trusts) with their memberships, or a platform admin. Use cases ask it what the caller may
 * do; a restaurant the caller does not work at does not exist for them (404, never 403).
 */
public record Caller(UserId userId, String email, String name, boolean admin, List<Membership> memberships) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        memberships = List.copyOf(memberships);
    }

    /** Whether the caller may work the restaurant's orders (staff, manager or admin). */
    public boolean worksAt(RestaurantId restaurantId) {
        return admin || memberships.stream().anyMatch(m -> m.restaurantId().equals(restaurantId));
    }

    /** Whether the caller may do a manager's work there (refunds, settings, menu, staff, exports). */
    public boolean manages(RestaurantId restaurantId) {
        return admin || memberships.stream()
                .anyMatch(m -> m.restaurantId().equals(restaurantId) && m.role() == Role.MANAGER);
    }

    /** The restaurants whose orders the caller sees; an admin sees all, which this cannot list. */
    public Set<RestaurantId> restaurants() {
        return memberships.stream().map(Membership::restaurantId).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @throws NotFound when the caller does not work at the restaurant
     */
    public void requireStaffOf(RestaurantId restaurantId) {
        if (!worksAt(restaurantId)) {
            throw new NotFound("restaurant", restaurantId);
        }
    }

    /**
     * @throws NotFound     when the caller does not work at the restaurant
     * @throws NotPermitted when they work there, but not as a manager
     */
    public void requireManagerOf(RestaurantId restaurantId) {
        requireStaffOf(restaurantId);
        if (!manages(restaurantId)) {
            throw new NotPermitted("only a manager of this restaurant may do this");
        }
    }

    /** @throws NotPermitted unless the caller is a platform admin */
    public void requireAdmin() {
        if (!admin) {
            throw new NotPermitted("only a platform admin may do this");
        }
    }

    /** The caller as the actor of an order move at the restaurant (a manager's rights if they manage it). */
    public Actor actorAt(RestaurantId restaurantId) {
        return manages(restaurantId) ? Actor.manager(userId.value()) : Actor.staff(userId.value());
    }
}
