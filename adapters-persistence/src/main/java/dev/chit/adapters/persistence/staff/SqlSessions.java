package dev.chit.adapters.persistence.staff;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.port.Sessions;
import dev.chit.domain.staff.Session;
import dev.chit.domain.staff.SessionId;
import dev.chit.domain.staff.UserId;
import io.helidon.dbclient.DbRow;

import java.time.Instant;
import java.util.Optional;

import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** Sign-in sessions in the table {@code sessions}. */
public final class SqlSessions implements Sessions {

    private static final String INSERT = """
            INSERT INTO sessions (id, token_hash, user_id, created_at, expires_at, revoked_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String BY_TOKEN_HASH =
            "SELECT id, token_hash, user_id, created_at, expires_at, revoked_at FROM sessions WHERE token_hash = ?";
    private static final String REVOKE = "UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL";
    private static final String REVOKE_ALL_OF =
            "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL";
    private static final String PURGE = "DELETE FROM sessions WHERE expires_at < ? OR revoked_at < ?";

    private final Statements sql;

    public SqlSessions(Statements sql) {
        this.sql = sql;
    }

    @Override
    public void add(Session session) {
        sql.update("session-insert", INSERT, session.id().value(), session.tokenHash(), session.userId().value(),
                session.createdAt(), session.expiresAt(), session.revokedAt());
    }

    @Override
    public Optional<Session> findByTokenHash(String tokenHash) {
        return sql.get("session-by-token-hash", BY_TOKEN_HASH, tokenHash).map(SqlSessions::session);
    }

    @Override
    public void revoke(SessionId id, Instant at) {
        sql.update("session-revoke", REVOKE, at, id.value());
    }

    @Override
    public void revokeAllOf(UserId userId, Instant at) {
        sql.update("sessions-revoke-all-of-user", REVOKE_ALL_OF, at, userId.value());
    }

    @Override
    public int purgeEndedBefore(Instant cutoff) {
        return Math.toIntExact(sql.update("sessions-purge", PURGE, cutoff, cutoff));
    }

    private static Session session(DbRow row) {
        return new Session(new SessionId(uuid(row, "id")), new UserId(uuid(row, "user_id")), text(row, "token_hash"),
                instant(row, "created_at"), instant(row, "expires_at"), optionalInstant(row, "revoked_at"));
    }
}
