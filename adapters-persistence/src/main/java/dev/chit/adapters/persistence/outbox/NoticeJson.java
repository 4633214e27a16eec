package dev.chit.adapters.persistence.outbox;

import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.GuestNoticeKind;
import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.Notice;
import dev.chit.domain.notification.PaymentOutcome;
import dev.chit.domain.notification.ReportMail;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.report.ReportId;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A notice (or a manager's alert) as the outbox's {@code payload}: a flat JSON object of strings, written and read
 * here only (this module has no JSON library, and the shape never nests).
 */
final class NoticeJson {

    // A manager's alert says so; a guest's notice (as written before alerts existed) does not.
    private static final String MANAGER = "manager";
    private static final String REPORT = "report";

    private NoticeJson() {
    }

    static String write(Notice notice) {
        return switch (notice) {
            case GuestNotice guest -> json(guestFields(guest));
            case ManagerAlert alert -> json(alertFields(alert));
            case ReportMail mail -> json(Map.of("for", REPORT, "reportId", mail.reportId().value().toString(),
                    "restaurantId", mail.restaurantId().value().toString(), "to", mail.to()));
        };
    }

    private static Map<String, String> alertFields(ManagerAlert alert) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("for", MANAGER);
        fields.put("kind", alert.kind().name());
        fields.put("restaurantId", alert.restaurantId().value().toString());
        fields.put("to", alert.to());
        alert.missedInARow().ifPresent(missed -> fields.put("missedInARow", missed.toString()));
        alert.until().ifPresent(until -> fields.put("until", until.toString()));
        alert.orderNumber().ifPresent(number -> fields.put("orderNumber", number.toString()));
        alert.guestEmail().ifPresent(email -> fields.put("guestEmail", email));
        alert.printerName().ifPresent(name -> fields.put("printerName", name));
        return fields;
    }

    private static Map<String, String> guestFields(GuestNotice notice) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", notice.kind().name());
        fields.put("orderId", notice.orderId().value().toString());
        notice.promisedFor().ifPresent(at -> fields.put("promisedFor", at.toString()));
        notice.reason().ifPresent(reason -> fields.put("reason", reason));
        fields.put("payment", notice.payment().name());
        notice.delayMinutes().ifPresent(minutes -> fields.put("delayMinutes", minutes.toString()));
        notice.refundedMinorUnits().ifPresent(amount -> fields.put("refunded", amount.toString()));
        return fields;
    }

    private static String json(Map<String, String> fields) {
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

    static Notice read(String json) {
        Map<String, String> fields = parse(json);
        if (REPORT.equals(fields.get("for"))) {
            return new ReportMail(new ReportId(UUID.fromString(fields.get("reportId"))),
                    new RestaurantId(UUID.fromString(fields.get("restaurantId"))), fields.get("to"));
        }
        if (MANAGER.equals(fields.get("for"))) {
            return new ManagerAlert(ManagerAlert.Kind.valueOf(fields.get("kind")),
                    new RestaurantId(UUID.fromString(fields.get("restaurantId"))), fields.get("to"),
                    Optional.ofNullable(fields.get("missedInARow")).map(Integer::valueOf),
                    Optional.ofNullable(fields.get("until")).map(Instant::parse),
                    Optional.ofNullable(fields.get("orderNumber")).map(Long::valueOf),
                    Optional.ofNullable(fields.get("guestEmail")), Optional.ofNullable(fields.get("printerName")));
        }
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
