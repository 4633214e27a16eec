package dev.chit.adapters.persistence.staff;

import dev.chit.application.support.Sha256;
import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.port.LoginFailures;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.chit.adapters.persistence.sql.Columns.instant;

/**
 * Failed sign-ins in the table {@code login_failures}. Emails are stored as their SHA-256, so
 * the table cannot show what people typed (sometimes their password, in the wrong field); the
 * throttle only needs to tell equal emails apart.
 */
public final class SqlLoginFailures implements LoginFailures {

    private static final String INSERT =
            "INSERT INTO login_failures (id, email_hash, client_address, failed_at) VALUES (?, ?, ?, ?)";
    private static final String OF_EMAIL =
            "SELECT failed_at FROM login_failures WHERE email_hash = ? AND failed_at >= ? ORDER BY failed_at";
    private static final String OF_ADDRESS =
            "SELECT failed_at FROM login_failures WHERE client_address = ? AND failed_at >= ? ORDER BY failed_at";
    private static final String FORGET_EMAIL = "DELETE FROM login_failures WHERE email_hash = ?";
    private static final String PURGE = "DELETE FROM login_failures WHERE failed_at < ?";
    private static final int MAX_ADDRESS_LENGTH = 100;

    private final Statements sql;

    public SqlLoginFailures(Statements sql) {
        this.sql = sql;
    }

    @Override
    public void record(String email, String clientAddress, Instant at) {
        // The row's id is bookkeeping only; nothing refers to it.
        sql.update("login-failure-insert", INSERT, UUID.randomUUID(), hash(email), address(clientAddress), at);
    }

    @Override
    public List<Instant> ofEmailSince(String email, Instant since) {
        return sql.query("login-failures-of-email", OF_EMAIL, hash(email), since).stream()
                .map(row -> instant(row, "failed_at")).toList();
    }

    @Override
    public List<Instant> ofAddressSince(String clientAddress, Instant since) {
        return sql.query("login-failures-of-address", OF_ADDRESS, address(clientAddress), since).stream()
                .map(row -> instant(row, "failed_at")).toList();
    }

    @Override
    public void forgetEmail(String email) {
        sql.update("login-failures-forget-email", FORGET_EMAIL, hash(email));
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return Math.toIntExact(sql.update("login-failures-purge", PURGE, cutoff));
    }

    private static String address(String clientAddress) {
        return clientAddress.length() <= MAX_ADDRESS_LENGTH ? clientAddress : clientAddress.substring(0, MAX_ADDRESS_LENGTH);
    }

    private static String hash(String email) {
        return Sha256.hex(email);
    }
}
