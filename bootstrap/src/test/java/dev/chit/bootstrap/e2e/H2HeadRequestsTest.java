package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.bootstrap.Chit;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.DemoDataMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code HEAD} as monitors and load balancers send it, on a plain socket: every {@code GET} route
 * (the API's, the web apps', a staff route that wants a sign-in) answers with the status and
 * headers of its {@code GET} and not one byte of body, and the connection stays usable for the
 * next request.
 */
class H2HeadRequestsTest {

    private static final String RESTAURANT = "01936b2a-4c00-7000-8000-000000000001";

    @TempDir
    static Path dataDir;

    private static TestDatabase database;
    private static Chit chit;

    @BeforeAll
    static void startChit() {
        database = TestDatabases.h2(dataDir);
        chit = Chit.start(new ChitSettings("127.0.0.1", 0, database.settings(), DemoDataMode.TRUE));
    }

    @AfterAll
    static void stopChit() {
        chit.close();
        database.close();
    }

    @Test
    void everyGetRoute_answersHead_withItsStatusAndHeaders_andNoBody() throws IOException {
        RawHttp raw = new RawHttp(chit.baseUri());
        for (String path : new String[] {"/", "/api/v1/restaurants", "/api/v1/restaurants/" + RESTAURANT + "/menu",
                "/api/v1/restaurants/" + RESTAURANT + "/orders", "/api/v1/orders/not-an-id"}) {
            RawHttp.Answer get = raw.send("GET", path, List.of(), null);
            // A GET right behind the HEAD on one connection: had the HEAD a body, the second
            // answer would not start where the HEAD's headers end.
            String both = exchange("HEAD " + path + " HTTP/1.1\r\nHost: chit\r\n\r\n"
                    + "GET /api/v1/restaurants HTTP/1.1\r\nHost: chit\r\n\r\n");
            String head = both.substring(0, both.indexOf("\r\n\r\n") + 4);

            assertThat(status(head)).as("HEAD " + path).isEqualTo(get.status());
            assertThat(header(head, "Content-Type")).as("HEAD " + path).isEqualTo(get.header("Content-Type"));
            assertThat(both.substring(head.length())).as("after HEAD " + path).startsWith("HTTP/1.1 200 ");
            assertThat(get.body()).as("GET " + path).isNotEmpty();
        }
    }

    /** Sends {@code request} as it is and reads the first answer's headers and the second's status line. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", chit.port())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            StringBuilder read = new StringBuilder();
            int heads = 0;
            while (heads < 2) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                read.append((char) b);
                if (read.toString().endsWith("\r\n\r\n")) {
                    heads = read.toString().split("\r\n\r\n", -1).length - 1;
                }
            }
            return read.toString();
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static Optional<String> header(String response, String name) {
        String wanted = name.toLowerCase(Locale.ROOT) + ":";
        return response.substring(0, response.indexOf("\r\n\r\n")).lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(wanted))
                .map(line -> line.substring(wanted.length()).strip()).findFirst();
    }
}
