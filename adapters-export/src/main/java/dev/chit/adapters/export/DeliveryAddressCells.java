package dev.chit.adapters.export;

import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;

import java.util.List;
import java.util.Optional;

/**
 * The delivery address in its parts ({@code line1, line2, city, region, postalCode, country,
 * instructions}), as API.md names them; empty cells for an order that is not delivered. An
 * address stored as one text before addresses had parts comes back with it all in
 * {@code line1}.
 */
final class DeliveryAddressCells {

    private DeliveryAddressCells() {
    }

    static List<String> of(Fulfillment fulfillment) {
        if (fulfillment.address().isEmpty()) {
            return List.of("", "", "", "", "", "", "");
        }
        DeliveryAddress address = fulfillment.address().get();
        return List.of(Cells.text(address.line1()), cell(address.line2()), cell(address.city()),
                cell(address.region()), cell(address.postalCode()), cell(address.country()),
                cell(address.instructions()));
    }

    private static String cell(Optional<String> part) {
        return Cells.text(part.map(text -> text.replace("\r\n", " ").replace('\n', ' ')));
    }
}
