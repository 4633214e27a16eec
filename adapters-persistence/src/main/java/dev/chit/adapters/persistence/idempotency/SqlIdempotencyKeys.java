package dev.chit.adapters.persistence.idempotency;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.port.IdempotencyKeys;
import dev.chit.domain.port.IdempotencyRecord;
import io.helidon.dbclient.DbRow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalBytes;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.optionalText;
import static dev.chit.adapters.persistence.sql.Columns.text;

/**
 * Idempotency keys in the {@code idempotency_keys} table; a response status of 0 marks a
 * claim whose request is still running.
 *
 * <p>A claim is an insert that does nothing when the key is taken ({@code ON CONFLICT DO
 * NOTHING}, which H2 understands in PostgreSQL mode). That keeps a duplicate from raising an
 * error, which on PostgreSQL would abort the surrounding transaction; and when two requests
 * claim one key at once, PostgreSQL makes the second insert wait for the first transaction,
 * so exactly one of them claims it and the other then reads the claim.
 *
 * <p>A take-over is an update conditioned on the claim being open and held by the holder the
 * taker saw: it changes {@code holder}, so when two take over at once, the second waits for
 * the first's row lock, re-reads the row, no longer matches and changes nothing. Renewing and
 * releasing are conditioned on the holder too, so a request whose claim was taken over neither
 * extends nor frees its successor's. Completion is conditioned on the claim being open, so that
 * of a slow request and the one that took its claim over only one stores a response.
 *
 * <p>A claim written before leases existed (by a server of an older version during a rolling
 * upgrade) has neither holder nor lease: it reads as held by {@code ""} until two minutes after
 * it was made, the rule those servers followed.
 */
public final class SqlIdempotencyKeys implements IdempotencyKeys {

    private static final int IN_PROGRESS = 0;
    // A claim released between our insert and our read can make both miss; try again then.
    private static final int CLAIM_ATTEMPTS = 3;

    private static final String CLAIM = """
            INSERT INTO idempotency_keys (scope, idempotency_key, fingerprint, response_status, created_at, holder, lease_until)
            VALUES (?, ?, ?, 0, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String FIND = """
            SELECT scope, idempotency_key, fingerprint, response_status, response_body, created_at, holder, lease_until
            FROM idempotency_keys WHERE scope = ? AND idempotency_key = ?""";
    private static final String TAKE_OVER = """
            UPDATE idempotency_keys SET created_at = ?, holder = ?, lease_until = ?
            WHERE scope = ? AND idempotency_key = ? AND fingerprint = ? AND COALESCE(holder, '') = ?
              AND response_status = 0""";
    private static final String RENEW = """
            UPDATE idempotency_keys SET lease_until = ?
            WHERE scope = ? AND idempotency_key = ? AND holder = ? AND response_status = 0""";
    private static final String COMPLETE = """
            UPDATE idempotency_keys SET response_status = ?, response_body = ?
            WHERE scope = ? AND idempotency_key = ? AND response_status = 0""";
    private static final String RELEASE = """
            DELETE FROM idempotency_keys
            WHERE scope = ? AND idempotency_key = ? AND holder = ? AND response_status = 0""";
    // What servers without leases waited before taking a claim over; see the class comment.
    private static final Duration LEGACY_LEASE = Duration.ofMinutes(2);
    private static final String PURGE = "DELETE FROM idempotency_keys WHERE created_at < ?";

    private final Statements sql;

    public SqlIdempotencyKeys(Statements sql) {
        this.sql = sql;
    }

    /**
     * Outside a transaction each statement commits on its own, which is all a claim needs: the
     * insert is the claim, durable when it returns, and the read after a lost insert only has
     * to see what another request committed. Inside the caller's transaction they join it.
     */
    @Override
    public Claim claim(String scope, String key, String fingerprint, String holder, Instant at, Instant leaseUntil) {
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            if (sql.update("idempotency-key-claim", CLAIM, scope, key, fingerprint, at, holder, leaseUntil) == 1) {
                return new Claim.Claimed();
            }
            Optional<Claim> existing = sql.get("idempotency-key-find", FIND, scope, key)
                    .map(SqlIdempotencyKeys::existingClaim);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        throw new IllegalStateException("idempotency key " + scope + "/" + key + " keeps being claimed and released");
    }

    @Override
    public boolean takeOver(String scope, String key, String fingerprint, String heldBy, String holder, Instant at,
                            Instant leaseUntil) {
        return sql.inTransaction(() -> sql.update("idempotency-key-take-over", TAKE_OVER,
                at, holder, leaseUntil, scope, key, fingerprint, heldBy) == 1);
    }

    @Override
    public boolean renew(String scope, String key, String holder, Instant leaseUntil) {
        return sql.update("idempotency-key-renew", RENEW, leaseUntil, scope, key, holder) == 1;
    }

    @Override
    public void complete(String scope, String key, int responseStatus, byte[] responseBody) {
        if (responseStatus == IN_PROGRESS) {
            throw new IllegalArgumentException("0 marks a claim in progress, not a response status");
        }
        // Sent with the rest of the transaction; a key no longer open fails it all the same.
        sql.write("idempotency-key-complete", COMPLETE, List.of(responseStatus, responseBody, scope, key), count -> {
            if (count == 0) {
                throw new IllegalStateException("idempotency key " + scope + "/" + key + " is not claimed and open");
            }
        });
    }

    @Override
    public void release(String scope, String key, String holder) {
        sql.update("idempotency-key-release", RELEASE, scope, key, holder);
    }

    @Override
    public int purgeCreatedBefore(Instant cutoff) {
        return Math.toIntExact(sql.update("idempotency-keys-purge", PURGE, cutoff));
    }

    private static Claim existingClaim(DbRow row) {
        int status = intValue(row, "response_status");
        if (status == IN_PROGRESS) {
            Instant since = instant(row, "created_at");
            return new Claim.InProgress(text(row, "fingerprint"), since, optionalText(row, "holder").orElse(""),
                    optionalInstant(row, "lease_until").orElseGet(() -> since.plus(LEGACY_LEASE)));
        }
        return new Claim.Completed(new IdempotencyRecord(text(row, "scope"), text(row, "idempotency_key"),
                text(row, "fingerprint"), status, optionalBytes(row, "response_body").orElse(new byte[0]),
                instant(row, "created_at")));
    }
}
