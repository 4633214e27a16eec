package dev.chit.bootstrap;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Readiness DOWN from the moment the server starts stopping: a load balancer that checks
 * {@code /observe/health/ready} sends no new request here while those in flight finish.
 * Liveness stays UP (the instance is not broken, and must not be restarted for it).
 */
final class ShutdownReadiness implements HealthCheck {

    private final AtomicBoolean stopping = new AtomicBoolean();

    void stopping() {
        stopping.set(true);
    }

    boolean isStopping() {
        return stopping.get();
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "serving";
    }

    @Override
    public HealthCheckResponse call() {
        boolean up = !stopping.get();
        return HealthCheckResponse.builder()
                .status(up)
                .detail("serving", up ? "taking requests" : "stopping")
                .build();
    }
}
