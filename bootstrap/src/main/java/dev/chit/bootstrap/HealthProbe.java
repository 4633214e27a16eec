package dev.chit.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A container's health check where there is no curl: asks a readiness URL over HTTP/1.1 and
 * exits 0 when it answers 200, 1 otherwise (DOWN, refused, or too slow). JDK only, so it starts
 * in a fraction of a second beside the server.
 */
public final class HealthProbe {

    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private HealthProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        URI url = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/observe/health");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(PATIENCE).build();
        try {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(url).timeout(PATIENCE).build(),
                    HttpResponse.BodyHandlers.discarding());
            System.exit(answer.statusCode() == 200 ? 0 : 1);
        } catch (IOException unreachable) {
            System.exit(1);
        }
    }
}
