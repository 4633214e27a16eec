package dev.chit.adapters.persistence.sql;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;

/**
 * Tells the pool to drop a connection that met a failover. HikariCP evicts a connection on a
 * broken socket (SQLSTATE class 08) and a server shutting down by itself; a connection to a
 * primary that was demoted to a standby still works but answers every write "read-only
 * transaction" (25006), so without this the pool would keep handing it out after a failover
 * and every checkout on it would fail until it aged out.
 */
public final class FailoverEviction implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        return SqlFailures.isFailover(failure) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
