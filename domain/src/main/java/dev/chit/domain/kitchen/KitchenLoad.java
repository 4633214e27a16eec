package dev.chit.domain.kitchen;

import java.util.List;

/** Everything a restaurant's kitchen has taken on and not finished. */
public record KitchenLoad(List<Commitment> commitments) {

    public KitchenLoad {
        commitments = List.copyOf(commitments);
    }

    public static KitchenLoad idle() {
        return new KitchenLoad(List.of());
    }
}
