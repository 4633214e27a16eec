package dev.chit.bootstrap;

import dev.chit.application.printing.PrintSettings;
import io.helidon.config.Config;

import java.time.Duration;

/**
 * Kitchen printers: where they may be ({@code CHIT_PRINTER_NETWORKS}, CIDR ranges, comma-separated;
 * empty: anywhere), how often the print queue is looked at ({@code CHIT_PRINT_INTERVAL_MILLIS}),
 * and the queue's times ({@code CHIT_PRINT_FAILOVER_SECONDS}, {@code CHIT_PRINT_ALERT_SECONDS},
 * {@code CHIT_PRINT_LEASE_SECONDS}).
 */
public record PrintingSettings(String networks, Duration deliverEvery, PrintSettings queue) {

    public PrintingSettings {
        if (!deliverEvery.isPositive()) {
            throw new IllegalArgumentException("the print interval must be positive");
        }
    }

    /** Printers anywhere, the queue looked at every second, the standard times. */
    public static PrintingSettings defaults() {
        return new PrintingSettings("", Duration.ofSeconds(1), PrintSettings.standard());
    }

    static PrintingSettings from(Config chit) {
        PrintingSettings defaults = defaults();
        PrintSettings queue = defaults.queue();
        return new PrintingSettings(
                chit.get("printer.networks").asString().orElse(defaults.networks()),
                chit.get("print.interval.millis").asLong().map(Duration::ofMillis).orElse(defaults.deliverEvery()),
                new PrintSettings(
                        chit.get("print.failover.seconds").asLong().map(Duration::ofSeconds)
                                .orElse(queue.failoverAfter()),
                        chit.get("print.alert.seconds").asLong().map(Duration::ofSeconds).orElse(queue.alertAfter()),
                        chit.get("print.lease.seconds").asLong().map(Duration::ofSeconds).orElse(queue.lease()),
                        queue.retryEvery()));
    }
}
