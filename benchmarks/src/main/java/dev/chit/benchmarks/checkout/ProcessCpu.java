package dev.chit.benchmarks.checkout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time (user + system) that a set of Linux processes spends between {@link #start} and
 * {@link #stop}, read from {@code /proc/PID/stat}. Processes may come and go in between (a
 * pgbench run opens its backends and closes them at the end), so the set is sampled every
 * 50 ms and each process counts from its first sample, or from its birth if it was born after
 * the start; what a process spends in its last 50 ms before exiting is missed.
 */
final class ProcessCpu implements AutoCloseable {

    // USER_HZ: the unit of utime and stime in /proc, 100 on every Linux build that matters here.
    private static final double TICKS_PER_SECOND = 100.0;

    private final Predicate<ProcessHandle> which;
    private final Map<Long, long[]> firstAndLast = new HashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cpu-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private boolean started;

    private ProcessCpu(Predicate<ProcessHandle> which) {
        this.which = which;
    }

    /** One process, such as the server. */
    static ProcessCpu of(long pid) {
        return new ProcessCpu(process -> process.pid() == pid);
    }

    /**
     * The PostgreSQL backends serving {@code database}: their title reads "postgres: ... user database
     * host ...". Only titles that start so: the load generator and pgbench name the database among
     * their arguments too, and were counted as PostgreSQL's until 2026-12-02.
     */
    static ProcessCpu postgresBackendsOf(String database) {
        String marker = " " + database + " ";
        return new ProcessCpu(process -> {
            String title = commandLine(process.pid());
            return title.startsWith("postgres: ") && title.contains(marker);
        });
    }

    /** pgbench's own client processes (Debian's {@code pgbench} is a wrapper that runs the real one). */
    static ProcessCpu pgbenchClients() {
        return named("pgbench");
    }

    /** The processes whose program's file is named {@code program}, wherever it lies. */
    static ProcessCpu named(String program) {
        return new ProcessCpu(process -> {
            String executable = commandLine(process.pid()).split(" ", 2)[0];
            return executable.equals(program) || executable.endsWith("/" + program);
        });
    }

    ProcessCpu start() {
        synchronized (this) {
            firstAndLast.clear();
            sample();
            started = true;
        }
        sampler.scheduleAtFixedRate(this::sample, 50, 50, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Seconds of CPU spent since {@link #start}. */
    double stop() {
        sampler.shutdownNow();
        synchronized (this) {
            sample();
            return firstAndLast.values().stream().mapToLong(span -> span[1] - span[0]).sum() / TICKS_PER_SECOND;
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    private synchronized void sample() {
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            all.filter(which).forEach(process -> {
                long ticks = ticks(process.pid());
                if (ticks < 0) {
                    return;
                }
                // Present at the start: counts from now. Born later: counts from zero.
                long[] span = firstAndLast.computeIfAbsent(process.pid(), pid -> new long[]{started ? 0 : ticks, 0});
                span[1] = Math.max(span[1], ticks);
            });
        }
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);   // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"))).replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
