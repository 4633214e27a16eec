package dev.chit.adapters.web.checkout;

import dev.chit.domain.checkout.QuotedOption;

import java.util.UUID;

/** An option as priced or sold: the name and delta it had then, on quotes and on orders alike. */
public record OptionJson(UUID id, String name, long priceDelta) {

    public static OptionJson of(QuotedOption option) {
        return new OptionJson(option.id().value(), option.name(), option.priceDelta().minorUnits());
    }
}
