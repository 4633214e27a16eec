package dev.chit.bootstrap;

import dev.chit.adapters.persistence.Database;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/** Ready only while the database answers: without it Chit can take no order. */
final class DatabaseHealthCheck implements HealthCheck {

    private final Database database;

    DatabaseHealthCheck(Database database) {
        this.database = database;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthCheckResponse call() {
        boolean up = database.isHealthy();
        return HealthCheckResponse.builder()
                .status(up)
                .detail("database", database.describe())
                .build();
    }
}
