package dev.chit.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 on a plain socket, one request per connection, for requests the JDK's client will not
 * send: bytes that are not ASCII in a header, no {@code Content-Type} on a body, a header twice.
 * Header values travel as ISO-8859-1, so each char below 256 is the byte sent.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 15_000;

    private final URI base;

    RawHttp(URI base) {
        this.base = base;
    }

    /** What came back: the status, the header block as text, and the body (de-chunked). */
    record Answer(int status, String head, byte[] body) {

        Optional<String> header(String name) {
            String wanted = name.toLowerCase(Locale.ROOT) + ":";
            return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(wanted))
                    .map(line -> line.substring(wanted.length()).strip()).findFirst();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends {@code method target} with {@code headers} (in order, repeats allowed) and {@code body}, if any. */
    Answer send(String method, String target, Iterable<Map.Entry<String, String>> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getAuthority()).append("\r\n")
                .append("Connection: close\r\n");
        for (Map.Entry<String, String> header : headers) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException closedEarly) {
                    // A server that refuses a large body may answer and close before reading it all.
                }
            }
            out.flush();
            return read(socket.getInputStream(), method);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target + " got no answer", e);
        }
    }

    // Framed as the answer says (Content-Length, chunked, or nothing for HEAD and 204), since a
    // server need not close at once after answering.
    private static Answer read(InputStream in, String method) throws IOException {
        String head = readHead(in);
        int status = Integer.parseInt(head.substring(9, 12));
        Answer headOnly = new Answer(status, head, new byte[0]);
        if (method.equals("HEAD") || status == 204 || status == 304 || status < 200) {
            return headOnly;
        }
        if (headOnly.header("Transfer-Encoding").map(value -> value.equalsIgnoreCase("chunked")).orElse(false)) {
            return new Answer(status, head, readChunks(in));
        }
        Optional<String> length = headOnly.header("Content-Length");
        byte[] body = length.isPresent() ? in.readNBytes(Integer.parseInt(length.get())) : readRest(in);
        return new Answer(status, head, body);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before a complete answer: "
                        + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        byte[] bytes = head.toByteArray();
        return new String(bytes, 0, bytes.length - end.length, StandardCharsets.ISO_8859_1);
    }

    private static byte[] readChunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine(in).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed inside a chunked body");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static byte[] readRest(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }
}
