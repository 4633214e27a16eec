package dev.chit.domain.archfixture;

import io.helidon.config.Config;

/** Breaks the domain rule on purpose: a domain class reading framework config. Test code only. */
public final class LeakyOrderPolicy {

    public int defaultPrepMinutes(Config config) {
        return config.get("prep").asInt().orElse(15);
    }
}
