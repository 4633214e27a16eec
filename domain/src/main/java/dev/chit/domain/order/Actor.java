package dev.chit.domain.order;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who asks for a move. A manager (or a platform admin acting in the restaurant) is staff with
 * the right to the moves reserved to managers.
 */
public record Actor(ActorType type, Optional<UUID> id, boolean manager) {

    public Actor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (manager && type != ActorType.STAFF) {
            throw new IllegalArgumentException("only staff can be managers");
        }
    }

    public static Actor customer() {
        return new Actor(ActorType.CUSTOMER, Optional.empty(), false);
    }

    public static Actor staff(UUID userId) {
        return new Actor(ActorType.STAFF, Optional.of(userId), false);
    }

    public static Actor manager(UUID userId) {
        return new Actor(ActorType.STAFF, Optional.of(userId), true);
    }

    public static Actor system() {
        return new Actor(ActorType.SYSTEM, Optional.empty(), false);
    }

    public boolean isStaff() {
        return type == ActorType.STAFF;
    }
}
