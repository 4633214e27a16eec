package dev.chit.adapters.persistence.sql;

import io.helidon.dbclient.DbRow;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads column values the same way from PostgreSQL and H2, whose drivers hand back different
 * Java types for the same SQL type (a {@code TIMESTAMP WITH TIME ZONE} is a
 * {@link Timestamp} from one and an {@link OffsetDateTime} from the other).
 */
public final class Columns {

    private Columns() {
    }

    public static UUID uuid(DbRow row, String column) {
        return optionalUuid(row, column).orElseThrow(() -> missing(column));
    }

    public static Optional<UUID> optionalUuid(DbRow row, String column) {
        return raw(row, column).map(value -> value instanceof UUID id ? id : UUID.fromString(value.toString()));
    }

    public static String text(DbRow row, String column) {
        return optionalText(row, column).orElseThrow(() -> missing(column));
    }

    public static Optional<String> optionalText(DbRow row, String column) {
        return raw(row, column).map(Object::toString);
    }

    public static long longValue(DbRow row, String column) {
        return optionalLong(row, column).orElseThrow(() -> missing(column));
    }

    public static Optional<Long> optionalLong(DbRow row, String column) {
        return raw(row, column).map(value -> ((Number) value).longValue());
    }

    public static int intValue(DbRow row, String column) {
        return optionalInt(row, column).orElseThrow(() -> missing(column));
    }

    public static Optional<Integer> optionalInt(DbRow row, String column) {
        return raw(row, column).map(value -> Math.toIntExact(((Number) value).longValue()));
    }

    public static boolean bool(DbRow row, String column) {
        return optionalBool(row, column).orElseThrow(() -> missing(column));
    }

    public static Optional<Boolean> optionalBool(DbRow row, String column) {
        return raw(row, column).map(value -> (Boolean) value);
    }

    public static Instant instant(DbRow row, String column) {
        return optionalInstant(row, column).orElseThrow(() -> missing(column));
    }

    public static Optional<Instant> optionalInstant(DbRow row, String column) {
        return raw(row, column).map(value -> switch (value) {
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime dateTime -> dateTime.toInstant();
            case Instant instant -> instant;
            default -> throw new IllegalStateException("column " + column + " holds a " + value.getClass().getName()
                    + ", not a timestamp");
        });
    }

    public static Optional<byte[]> optionalBytes(DbRow row, String column) {
        return raw(row, column).map(value -> (byte[]) value);
    }

    public static <E extends Enum<E>> E enumValue(DbRow row, String column, Class<E> type) {
        return Enum.valueOf(type, text(row, column).strip());
    }

    public static <E extends Enum<E>> Optional<E> optionalEnum(DbRow row, String column, Class<E> type) {
        return optionalText(row, column).map(name -> Enum.valueOf(type, name.strip()));
    }

    private static Optional<Object> raw(DbRow row, String column) {
        return row.column(column).asOptional();
    }

    private static NoSuchElementException missing(String column) {
        return new NoSuchElementException("column " + column + " is NULL");
    }
}
