package dev.chit.bootstrap;

import java.util.logging.LogManager;

/**
 * The JDK's log manager, except that it keeps logging while the JVM stops: the JDK's own
 * shutdown hook resets logging at once, in parallel with Chit's, so the lines of a graceful stop
 * (unready, drain, stopped) would be lost. Chit's hook resets it last ({@link #stopped()}).
 * {@link Main} installs it before any logger is made.
 */
public final class StopLogging extends LogManager {

    private static volatile boolean stopped;

    /** Chit's shutdown is done: logging may be reset as the JDK does. */
    static void stopped() {
        stopped = true;
        LogManager manager = LogManager.getLogManager();
        if (manager instanceof StopLogging) {
            manager.reset();
        }
    }

    @Override
    public void reset() {
        if (!stopping() || stopped) {
            super.reset();
        }
    }

    // The JDK's hook calls reset() while the JVM shuts down; configuration calls it before.
    private static boolean stopping() {
        try {
            Thread probe = new Thread(() -> { });
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }
}
