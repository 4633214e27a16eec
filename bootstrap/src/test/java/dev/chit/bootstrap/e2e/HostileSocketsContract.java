package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live sockets against hostile clients: frames that are not JSON, not UTF-8, binary, huge,
 * unmasked or of no known kind; many sockets from one client; tokens that are garbage. Each is
 * answered with an error frame or a close that names the rule (never 1011, a server fault), and
 * none of it reaches the board another client watches: it keeps receiving, in {@code seq} order.
 */
abstract class HostileSocketsContract extends SignedInFlow {

    private static final String BOARD = "/ws/restaurants/" + RESTAURANT + "/orders";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SERVER_ERROR = 1011;
    private static final int PROTOCOL_ERROR = 1002;
    private static final int TOO_BIG = 1009;

    /** How a hostile socket's frame was answered. */
    private record Answer(String kind, int closeCode, JsonNode problem) {
        static Answer error(JsonNode problem) {
            return new Answer("error", -1, problem);
        }

        static Answer closed(int code) {
            return new Answer("close", code, null);
        }
    }

    @Test
    void hostileFrames_areAnsweredByTheRules_andTheWatchingBoardKeepsReceiving() throws Exception {
        Map<String, String> cook = newCook();
        String token = LiveUpdatesContract.token(cook);
        try (LiveClient watching = LiveClient.open(chit().baseUri(), BOARD + "?token=" + token)) {
            long seq = watching.next("snapshot").get("seq").asLong();

            assertThat(afterText(token, "{\"type\":\"resume\",\"afterSeq\":1,\"x\":\"\\u0000\"}").kind()).isEqualTo("error");
            assertThat(afterText(token, "{\"type\":\"resume\\u0000\",\"afterSeq\":1}").kind()).isEqualTo("error");
            assertThat(afterText(token, "{\"type\":\"resume\",\"afterSeq\":9223372036854775808}").kind()).isEqualTo("error");
            assertThat(afterText(token, "[".repeat(100_000)).kind()).isEqualTo("error");
            assertThat(afterFrame(token, RawSocketClient.Frame.TEXT, "x".repeat(70_000).getBytes(StandardCharsets.UTF_8),
                    true).problem().at("/errors/0/code").asText()).isEqualTo("too-large");
            assertThat(afterFrame(token, 2, new byte[] {1, 2, 3}, true).problem().at("/errors/0/code").asText())
                    .isEqualTo("binary");
            Answer notUtf8 = afterFrame(token, RawSocketClient.Frame.TEXT,
                    new byte[] {'{', '"', (byte) 0xFF, (byte) 0xC0, '"', '}'}, true);
            assertThat(notUtf8.kind()).as(notUtf8.toString()).isEqualTo("error");
            Answer huge = afterFrame(token, RawSocketClient.Frame.TEXT, new byte[3 * 1024 * 1024], true);
            assertThat(huge.closeCode()).as("a 3 MiB frame: %s", huge).isEqualTo(TOO_BIG);
            Answer unmasked = afterFrame(token, RawSocketClient.Frame.TEXT, "{}".getBytes(StandardCharsets.UTF_8), false);
            assertThat(unmasked.closeCode()).as("an unmasked frame: %s", unmasked).isEqualTo(PROTOCOL_ERROR);
            // Helidon's frame reader cannot name opcode 3: it writes an HTTP 500 onto the upgraded
            // connection and drops it, where RFC 6455 wants a close with 1002. The socket ends, and
            // nothing else notices.
            Answer unknownOpcode = afterFrame(token, 3, new byte[] {1}, true);
            assertThat(unknownOpcode.kind()).as("opcode 3: %s", unknownOpcode).isEqualTo("close");
            assertThat(unknownOpcode.closeCode()).as("opcode 3: %s", unknownOpcode).isNotEqualTo(SERVER_ERROR);
            Answer bigPing = afterFrame(token, RawSocketClient.Frame.PING, new byte[300], true);
            assertThat(bigPing.closeCode()).as("a ping of 300 bytes: %s", bigPing).isEqualTo(PROTOCOL_ERROR);
            Answer strayContinuation = afterFrame(token, 0, "{}".getBytes(StandardCharsets.UTF_8), true);
            assertThat(strayContinuation.closeCode()).as("a continuation of nothing: %s", strayContinuation)
                    .isEqualTo(PROTOCOL_ERROR);
            Answer fragmented = afterFragments(token, 40, 4_000);
            assertThat(fragmented.problem().at("/errors/0/code").asText()).as(fragmented.toString()).isEqualTo("too-large");
            Answer lying = afterBytes(token, new byte[] {(byte) 0x81, (byte) 0xFF, 0x7F, -1, -1, -1, -1, -1, -1, -1});
            assertThat(lying.closeCode()).as("a frame that claims 2^63 bytes: %s", lying).isEqualTo(TOO_BIG);

            placeOrder();
            assertThat(watching.next("order.created").get("seq").asLong()).as("the board after the hostile frames")
                    .isEqualTo(seq + 1);
        }
    }

    @Test
    void manySocketsFromOneClient_andGarbageTokens_leaveTheBoardWorking() throws Exception {
        Map<String, String> cook = newCook();
        String token = LiveUpdatesContract.token(cook);
        try (LiveClient watching = LiveClient.open(chit().baseUri(), BOARD + "?token=" + token)) {
            long seq = watching.next("snapshot").get("seq").asLong();
            List<String> garbage = List.of("", "%00", "%ff%fe", "t".repeat(1_500), token + "%00", token + "x",
                    "Bearer%20" + token, "%E2%80%AE" + token);
            for (String bad : garbage) {
                int code = LiveClient.open(chit().baseUri(), BOARD + "?token=" + bad).closeCode();
                assertThat(code).as("token %s", bad.length() > 40 ? bad.substring(0, 40) + "..." : bad)
                        .isIn(4401, 4403);
            }
            assertThat(LiveClient.open(chit().baseUri(), "/ws/orders/" + placeOrder().get("id").asText()
                    + "?token=%00").closeCode()).isIn(4401, 4403);
            seq++;
            assertThat(watching.next("order.created").get("seq").asLong()).isEqualTo(seq);

            List<RawSocketClient> many = new ArrayList<>();
            try {
                for (int i = 0; i < 60; i++) {
                    many.add(RawSocketClient.open(chit().baseUri(), BOARD + "?token=" + token
                            + (i % 3 == 0 ? "&afterSeq=" + (i - 30) : ""), 64 * 1024));
                }
                placeOrder();
                assertThat(watching.next("order.created").get("seq").asLong()).as("with 60 more sockets open")
                        .isEqualTo(seq + 1);
            } finally {
                for (RawSocketClient socket : many) {
                    socket.close();
                }
            }
            placeOrder();
            assertThat(watching.next("order.created").get("seq").asLong()).as("after they went").isEqualTo(seq + 2);
            try (LiveClient another = LiveClient.open(chit().baseUri(), BOARD + "?token=" + token)) {
                assertThat(another.next("snapshot").get("seq").asLong()).isEqualTo(seq + 2);
            }
        }
    }

    // ---- one hostile socket per frame, so each answer is its own

    private Answer afterText(String token, String text) throws IOException {
        return afterFrame(token, RawSocketClient.Frame.TEXT, text.getBytes(StandardCharsets.UTF_8), true);
    }

    private Answer afterFrame(String token, int opcode, byte[] payload, boolean masked) throws IOException {
        try (RawSocketClient socket = opened(token)) {
            try {
                socket.send(opcode, payload, true, masked);
            } catch (SocketException closedWhileSending) {
                // A server may refuse a frame by its header and close before the rest arrives.
            }
            return answer(socket);
        }
    }

    private Answer afterFragments(String token, int fragments, int size) throws IOException {
        try (RawSocketClient socket = opened(token)) {
            byte[] part = "x".repeat(size).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < fragments; i++) {
                socket.send(i == 0 ? RawSocketClient.Frame.TEXT : 0, part, i == fragments - 1, true);
            }
            return answer(socket);
        }
    }

    private Answer afterBytes(String token, byte[] bytes) throws IOException {
        try (RawSocketClient socket = opened(token)) {
            socket.sendBytes(bytes);
            return answer(socket);
        }
    }

    private RawSocketClient opened(String token) throws IOException {
        RawSocketClient socket = RawSocketClient.open(chit().baseUri(), BOARD + "?token=" + token, 256 * 1024);
        socket.timeoutMillis(10_000);
        return socket;
    }

    // The snapshot (and any ping) comes first; what follows is the answer to the frame.
    private static Answer answer(RawSocketClient socket) throws IOException {
        while (true) {
            RawSocketClient.Frame frame;
            try {
                frame = socket.next();
            } catch (EOFException | SocketException dropped) {
                return Answer.closed(-1);
            } catch (SocketTimeoutException silent) {
                return new Answer("silent", -1, null);
            }
            if (frame.opcode() == RawSocketClient.Frame.CLOSE) {
                return Answer.closed(frame.closeCode());
            }
            if (frame.opcode() == RawSocketClient.Frame.TEXT) {
                JsonNode json = MAPPER.readTree(frame.payload());
                if (json.path("type").asText().equals("error")) {
                    return Answer.error(json.get("problem"));
                }
            }
        }
    }
}
