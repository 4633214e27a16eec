package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.DatabaseSettings;
import dev.chit.bootstrap.Main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Chit as an operating system process of its own ({@link Main}, on this JVM's class path and
 * configured through environment variables as an operator would), so that a test can kill it
 * with {@code SIGKILL}: no shutdown hook, no finally block, no flush.
 */
final class ChitProcess implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private ChitProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Chit on {@code port} (0: a free one) and {@code database}, waits until it is ready,
     * and appends what it prints to {@code log}.
     */
    static ChitProcess start(DatabaseSettings database, int port, Path log, Map<String, String> environment) {
        int chosen = port == 0 ? freePort() : port;
        ProcessBuilder builder = new ProcessBuilder(List.of(java(), "-Xmx384m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("CHIT_"));
        env.put("CHIT_HOST", "127.0.0.1");
        env.put("CHIT_PORT", Integer.toString(chosen));
        env.put("CHIT_DB_URL", database.jdbcUrl());
        env.put("CHIT_DB_USER", database.effectiveUser());
        env.put("CHIT_DB_PASSWORD", database.password());
        env.put("CHIT_COOKIE_SECURE", "false");
        env.putAll(environment);
        try {
            ChitProcess chit = new ChitProcess(builder.start(), chosen, log);
            chit.awaitReady();
            return chit;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** {@code kill -9}: the process ends at once, whatever it was doing. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, as an orchestrator stops it, without waiting: the test watches it stop. */
    void terminate() {
        process.destroy();
    }

    /** Whether it exited within {@code within}, after {@link #terminate}. */
    boolean exitsWithin(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Everything it printed so far. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("Chit exited with " + process.exitValue() + " while starting:\n" + tailOfLog());
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(baseUri().resolve("/observe/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(200));
        }
        process.destroyForcibly();
        fail("Chit was not ready within " + START_PATIENCE + ":\n" + tailOfLog());
    }

    private String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitExit(Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("Chit did not exit within " + within);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops it as an operator would (SIGTERM), and forcibly if it does not go. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
