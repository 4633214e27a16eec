package dev.chit.bootstrap;

import dev.chit.application.payment.SettlePayments;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the settling job every so often on a thread of its own, from start-up to shutdown. A
 * run that fails is logged and the next one comes anyway: a scheduled task that throws would
 * otherwise never run again.
 */
final class SettlementSchedule implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SettlementSchedule.class.getName());

    private final ScheduledExecutorService scheduler;

    private SettlementSchedule(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static SettlementSchedule start(SettlePayments settlePayments, Duration every) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "chit-settle-payments");
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        scheduler.scheduleWithFixedDelay(() -> runOnce(settlePayments), millis, millis, TimeUnit.MILLISECONDS);
        return new SettlementSchedule(scheduler);
    }

    private static void runOnce(SettlePayments settlePayments) {
        try {
            settlePayments.settlePending();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, failed, () -> "event=settle-payments-failed error=\"" + failed.getMessage() + "\"");
        }
    }

    /** Stops the job, letting a run in progress finish (its calls are safe to repeat anyway). */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
