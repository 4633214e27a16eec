package dev.chit.domain.restaurant;

/**
 * Whether menu prices leave tax out (it is added on top, as in the US) or hold it already (the
 * VAT-inclusive prices of Europe and most of the world, where tax is only taken out to be shown).
 */
public enum TaxMode {
    EXCLUSIVE,
    INCLUSIVE
}
