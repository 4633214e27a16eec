package dev.chit.bootstrap;

import dev.chit.domain.port.DatabaseUnavailable;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background jobs of one server, from start-up to shutdown: settling payments whose answer
 * was lost, forgetting old idempotency keys. Each job is safe to run on several instances at
 * once (they work on rows, claimed or conditional). A run that fails is logged and the next
 * comes anyway: a scheduled task that throws would otherwise never run again.
 */
final class Housekeeping implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    private final ScheduledExecutorService scheduler;
    private final List<Runnable> stops = new CopyOnWriteArrayList<>();

    Housekeeping() {
        this("chit-housekeeping");
    }

    /** Jobs on a thread of their own, named {@code threadName}: none waits for another's run. */
    Housekeeping(String threadName) {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code job} every {@code interval}, the first time one interval after start-up. */
    Housekeeping every(Duration interval, String name, Runnable job) {
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(() -> runOnce(name, job), millis, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Runs {@code job} {@code first} after start-up (catching up on what fell due meanwhile), then every {@code interval}. */
    Housekeeping soonAndEvery(Duration first, Duration interval, String name, Runnable job) {
        scheduler.scheduleWithFixedDelay(() -> runOnce(name, job), first.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return this;
    }

    /** Tells a job, when the jobs stop, to finish what it has in hand and give back the rest. */
    Housekeeping stoppedBy(Runnable stop) {
        stops.add(stop);
        return this;
    }

    private static void runOnce(String name, Runnable job) {
        try {
            job.run();
        } catch (DatabaseUnavailable away) {
            // The next run tries again; a stack trace every few seconds of an outage says nothing more.
            LOG.warning(() -> "event=job-skipped job=" + name + " reason=database-unavailable");
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, failed, () -> "event=job-failed job=" + name + " error=\"" + failed.getMessage() + "\"");
        }
    }

    /**
     * Stops the jobs, letting a run in progress finish what it has in hand (every job is safe to
     * repeat) and give back what it claimed and has not begun.
     */
    @Override
    public void close() {
        stops.forEach(Runnable::run);
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
