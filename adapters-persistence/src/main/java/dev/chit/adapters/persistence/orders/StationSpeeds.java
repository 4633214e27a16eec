package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.report.SalesSummary.StationSpeed;
import dev.chit.domain.station.StationId;
import io.helidon.dbclient.DbRow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/**
 * Each station's speed over the accepted orders of a period: for every order and station whose
 * lines were all bumped, the time from the order's acceptance to the station's last bump,
 * averaged per station (whole seconds, rounded down). A line's stations are a comma-separated
 * column, so the lines are read grouped by order and station list, and added up here; the
 * stations are the restaurant's as they are now, in their order (a station since removed is left
 * out, having no name to show).
 */
final class StationSpeeds {

    private static final String BY_ORDER = """
            SELECT o.id AS order_id, o.accepted_at, ol.station_ids, COUNT(*) AS lines, COUNT(ol.done_at) AS done,
                MAX(ol.done_at) AS last_done
            FROM orders o JOIN order_lines ol ON ol.order_id = o.id
            WHERE o.restaurant_id = ? AND o.number IS NOT NULL AND o.placed_at >= ? AND o.placed_at < ?
                AND o.accepted_at IS NOT NULL AND ol.station_ids <> ''
            GROUP BY o.id, o.accepted_at, ol.station_ids""";
    private static final String STATIONS = "SELECT id, name FROM stations WHERE restaurant_id = ? ORDER BY position";

    private final Statements sql;

    StationSpeeds(Statements sql) {
        this.sql = sql;
    }

    /** @param range the restaurant's id, and the period's start and end instants */
    List<StationSpeed> of(List<Object> range) {
        Map<Key, Work> work = new HashMap<>();
        for (DbRow row : sql.query("summary-station-lines", BY_ORDER, range)) {
            Instant accepted = instant(row, "accepted_at");
            Optional<Instant> lastDone = optionalInstant(row, "last_done");
            boolean allDone = longValue(row, "lines") == longValue(row, "done");
            for (String station : text(row, "station_ids").split(",")) {
                work.computeIfAbsent(new Key(uuid(row, "order_id"), UUID.fromString(station)), key -> new Work(accepted))
                        .add(allDone, lastDone);
            }
        }
        Map<UUID, long[]> sums = new HashMap<>();
        work.forEach((key, done) -> done.seconds().ifPresent(seconds -> {
            long[] sum = sums.computeIfAbsent(key.station(), station -> new long[2]);
            sum[0]++;
            sum[1] += seconds;
        }));
        Map<UUID, String> names = new LinkedHashMap<>();
        sql.query("summary-stations", STATIONS, List.of(range.getFirst()))
                .forEach(row -> names.put(uuid(row, "id"), text(row, "name")));
        List<StationSpeed> speeds = new ArrayList<>();
        names.forEach((id, name) -> {
            long[] sum = sums.get(id);
            if (sum != null) {
                speeds.add(new StationSpeed(new StationId(id), name, sum[0], Math.floorDiv(sum[1], sum[0])));
            }
        });
        return speeds;
    }

    private record Key(UUID order, UUID station) {
    }

    /** One order's lines at one station: whether all were bumped, and the last bump. */
    private static final class Work {

        private final Instant accepted;
        private boolean allDone = true;
        private Instant last;

        Work(Instant accepted) {
            this.accepted = accepted;
        }

        void add(boolean done, Optional<Instant> lastDone) {
            allDone &= done;
            lastDone.filter(at -> last == null || at.isAfter(last)).ifPresent(at -> last = at);
        }

        Optional<Long> seconds() {
            return allDone && last != null ? Optional.of(Math.max(0, Duration.between(accepted, last).toSeconds()))
                    : Optional.empty();
        }
    }
}
