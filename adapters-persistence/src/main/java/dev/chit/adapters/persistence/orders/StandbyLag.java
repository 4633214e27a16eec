package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.Statements;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;

/**
 * How far a standby's data is behind its primary, as the standby itself knows it. A standby
 * that has replayed all it received is up to date, however long ago the primary last wrote (an
 * idle primary sends nothing new); else it is as old as the last transaction it replayed. A
 * server that is not in recovery (a promoted standby, or the primary itself) is up to date.
 */
public final class StandbyLag {

    private static final System.Logger LOG = System.getLogger(StandbyLag.class.getName());

    static final String LAG = """
            SELECT CASE
                     WHEN NOT pg_is_in_recovery() THEN 0
                     WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn()
                          AND pg_last_wal_receive_lsn() IS NOT NULL THEN 0
                     ELSE coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), -1)
                   END AS lag_seconds""";

    private final Statements standby;

    public StandbyLag(Statements standby) {
        this.standby = standby;
    }

    /** The standby's lag, or empty when it cannot say (unreachable, or nothing replayed yet). */
    public Optional<Duration> now() {
        try {
            double seconds = standby.get("standby-lag", LAG).orElseThrow()
                    .column("lag_seconds").get(Number.class).doubleValue();
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
        } catch (RuntimeException unreachable) {
            LOG.log(Level.WARNING, "event=standby-lag-unknown cause=\"{0}\"", unreachable.getMessage());
            return Optional.empty();
        }
    }

    /** Whether a standby {@code lag} behind may serve reads allowed to be {@code maxLag} old; unknown is too old. */
    public static boolean fresh(Optional<Duration> lag, Duration maxLag) {
        return lag.filter(known -> known.compareTo(maxLag) <= 0).isPresent();
    }
}
