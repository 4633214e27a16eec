package dev.chit.adapters.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * A PostgreSQL standby that exports, sales summaries and reports may read from while it is no
 * more than {@code maxLag} behind the primary. {@code toString} hides the password.
 *
 * @param url      its JDBC URL ({@code jdbc:postgresql://standby:5432/chit})
 * @param user     who signs in to it
 * @param password their password
 * @param maxLag   how far behind the primary it may be before reads go to the primary instead
 */
public record ReplicaSettings(String url, String user, String password, Duration maxLag) {

    public static final Duration DEFAULT_MAX_LAG = Duration.ofSeconds(10);

    public ReplicaSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(maxLag, "maxLag");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("CHIT_DB_REPLICA_URL must be a PostgreSQL JDBC URL"
                    + " (jdbc:postgresql://host:5432/chit)");
        }
        if (maxLag.isNegative()) {
            throw new IllegalArgumentException("CHIT_DB_REPLICA_MAX_LAG_SECONDS must not be negative");
        }
    }

    @Override
    public String toString() {
        return "ReplicaSettings[url=" + url.replaceAll("(?i)(password=)[^&;]*", "$1***") + ", user=" + user
                + ", maxLag=" + maxLag + "]";
    }
}
