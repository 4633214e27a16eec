package dev.chit.adapters.persistence.outbox;

import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.GuestNoticeKind;
import dev.chit.domain.notification.PaymentOutcome;
import dev.chit.domain.order.OrderId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A notice as the outbox's {@code payload}: a flat JSON object of strings, written and read
 * here only (this module has no JSON library, and the shape never nests).
 */
final class NoticeJson {

    private NoticeJson() {
    }

    static String write(GuestNotice notice) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", notice.kind().name());
        fields.put("orderId", notice.orderId().value().toString());
        notice.promisedFor().ifPresent(at -> fields.put("promisedFor", at.toString()));
        notice.reason().ifPresent(reason -> fields.put("reason", reason));
        fields.put("payment", notice.payment().name());
        notice.delayMinutes().ifPresent(minutes -> fields.put("delayMinutes", minutes.toString()));
        notice.refundedMinorUnits().ifPresent(amount -> fields.put("refunded", amount.toString()));
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, name).append(':');
            quote(json, value);
        });
        return json.append('}').toString();
    }

    static GuestNotice read(String json) {
        Map<String, String> fields = parse(json);
        return new GuestNotice(GuestNoticeKind.valueOf(fields.get("kind")),
                new OrderId(UUID.fromString(fields.get("orderId"))),
                Optional.ofNullable(fields.get("promisedFor")).map(Instant::parse),
                Optional.ofNullable(fields.get("reason")),
                PaymentOutcome.valueOf(fields.get("payment")),
                Optional.ofNullable(fields.get("delayMinutes")).map(Long::valueOf),
                Optional.ofNullable(fields.get("refunded")).map(Long::valueOf));
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    // Reads what write() writes: {"name":"value",...} with string values only.
    private static Map<String, String> parse(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        int[] at = {json.indexOf('{') + 1};
        while (true) {
            skipSpace(json, at);
            if (json.charAt(at[0]) == '}') {
                return fields;
            }
            if (json.charAt(at[0]) == ',') {
                at[0]++;
                skipSpace(json, at);
            }
            String name = string(json, at);
            skipSpace(json, at);
            at[0]++; // the colon
            skipSpace(json, at);
            fields.put(name, string(json, at));
        }
    }

    private static void skipSpace(String json, int[] at) {
        while (Character.isWhitespace(json.charAt(at[0]))) {
            at[0]++;
        }
    }

    private static String string(String json, int[] at) {
        if (json.charAt(at[0]) != '"') {
            throw new IllegalArgumentException("not an outbox notice: " + json);
        }
        StringBuilder text = new StringBuilder();
        int i = at[0] + 1;
        while (json.charAt(i) != '"') {
            char c = json.charAt(i);
            if (c == '\\') {
                char escaped = json.charAt(i + 1);
                switch (escaped) {
                    case 'u' -> {
                        text.append((char) Integer.parseInt(json.substring(i + 2, i + 6), 16));
                        i += 4;
                    }
                    case 'n' -> text.append('\n');
                    case 't' -> text.append('\t');
                    case 'r' -> text.append('\r');
                    default -> text.append(escaped);
                }
                i += 2;
            } else {
                text.append(c);
                i++;
            }
        }
        at[0] = i + 1;
        return text.toString();
    }
}
