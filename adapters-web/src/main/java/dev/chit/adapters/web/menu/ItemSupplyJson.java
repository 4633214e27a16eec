package dev.chit.adapters.web.menu;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.domain.menu.SupplyChange;

import java.time.Instant;

/**
 * A {@code PATCH .../menu/items/{itemId}} body (JSON merge patch): a field left out stays as it
 * is; {@code "availableAgainAt": null} sells the item out until someone says so,
 * {@code "stock": null} stops counting its portions. Jackson reads "left out" and "null" alike,
 * so which fields the body named is read from its tree.
 */
record ItemSupplyJson(Boolean available, Instant availableAgainAt, Integer stock) {

    SupplyChange toChange(JsonNode body, Instant now) {
        return SupplyChange.asked(available, body.has("availableAgainAt"), availableAgainAt, body.has("stock"), stock,
                now);
    }
}
