package dev.chit.adapters.export;

import dev.chit.domain.checkout.Fulfillment;

import java.util.List;

/**
 * The delivery address in its parts ({@code line1, line2, city, region, postalCode, country,
 * instructions}), as API.md names them. An address stored as one text (orders placed before
 * addresses had parts) goes whole into {@code line1}.
 */
final class DeliveryAddressCells {

    private DeliveryAddressCells() {
    }

    static List<String> of(Fulfillment fulfillment) {
        String line1 = fulfillment.address().map(address -> address.replace("\r\n", ", ").replace("\n", ", "))
                .orElse("");
        return List.of(Cells.text(line1), "", "", "", "", "", "");
    }
}
