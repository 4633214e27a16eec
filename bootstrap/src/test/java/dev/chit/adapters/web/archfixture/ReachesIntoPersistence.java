package dev.chit.adapters.web.archfixture;

import dev.chit.adapters.persistence.Database;
import dev.chit.bootstrap.ChitSettings;

/**
 * Breaks two rules on purpose: a web class that talks to the persistence adapter directly and
 * reads bootstrap's settings. Test code only.
 */
public final class ReachesIntoPersistence {

    public boolean healthy(Database database, ChitSettings settings) {
        return settings.port() > 0 && database.isHealthy();
    }
}
