package dev.chit.adapters.web.printing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.support.Violations;
import dev.chit.application.printing.PrinterSetup;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code {"name","stationIds":[...],"connection":{"type":"escpos-tcp","host","port"}|{"type":"cloudprnt"},
 * "backupPrinterId"?,"copies"?,"columns"?}}, read field by field so that every wrong one is named
 * ({@code connection.port}, {@code stationIds[1]}), and so that a change can tell a field left out
 * from one set to {@code null} (no backup any more).
 */
final class PrinterSetupJson {

    private static final Set<String> FIELDS = Set.of("name", "stationIds", "connection", "backupPrinterId", "copies",
            "columns");
    private static final Set<String> CONNECTION_FIELDS = Set.of("type", "host", "port");

    private PrinterSetupJson() {
    }

    static PrinterSetup read(JsonNode body) {
        Violations wrong = new Violations();
        if (!body.isObject()) {
            wrong.add("", "wrong-type", "the request body must be a JSON object");
            wrong.throwIfAny();
        }
        unknown(body, FIELDS, "", wrong);
        Optional<String> name = text(body, "name", "name", wrong);
        Optional<List<UUID>> stations = Optional.empty();
        if (body.has("stationIds")) {
            JsonNode array = body.get("stationIds");
            if (!array.isArray()) {
                wrong.add("stationIds", "wrong-type", "stationIds must be an array of station ids");
            } else {
                List<UUID> ids = new ArrayList<>();
                for (int i = 0; i < array.size(); i++) {
                    uuid(array.get(i), "stationIds[" + i + "]", wrong).ifPresent(ids::add);
                }
                stations = Optional.of(ids);
            }
        }
        Optional<String> type = Optional.empty();
        Optional<String> host = Optional.empty();
        Optional<Integer> port = Optional.empty();
        if (body.has("connection")) {
            JsonNode connection = body.get("connection");
            if (!connection.isObject()) {
                wrong.add("connection", "wrong-type", "connection must be an object with a type");
            } else {
                unknown(connection, CONNECTION_FIELDS, "connection.", wrong);
                type = text(connection, "type", "connection.type", wrong);
                if (type.isEmpty() && !wrong.any()) {
                    wrong.add("connection.type", "required", "connection.type is escpos-tcp or cloudprnt");
                }
                host = text(connection, "host", "connection.host", wrong);
                port = integer(connection, "port", "connection.port", wrong);
            }
        }
        Optional<Optional<UUID>> backup = Optional.empty();
        if (body.has("backupPrinterId")) {
            JsonNode given = body.get("backupPrinterId");
            backup = given.isNull() ? Optional.of(Optional.empty())
                    : uuid(given, "backupPrinterId", wrong).map(Optional::of);
        }
        Optional<Integer> copies = integer(body, "copies", "copies", wrong);
        Optional<Integer> columns = integer(body, "columns", "columns", wrong);
        wrong.throwIfAny();
        return new PrinterSetup(name, stations, type, host, port, backup, copies, columns);
    }

    private static void unknown(JsonNode object, Set<String> known, String prefix, Violations wrong) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!known.contains(field)) {
                wrong.add(prefix + field, "unknown-field", "unknown field " + prefix + field);
            }
        }
    }

    private static Optional<String> text(JsonNode object, String field, String path, Violations wrong) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            wrong.add(path, "wrong-type", path + " must be a string");
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    private static Optional<Integer> integer(JsonNode object, String field, String path, Violations wrong) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            wrong.add(path, "wrong-type", path + " must be a whole number");
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    private static Optional<UUID> uuid(JsonNode value, String path, Violations wrong) {
        if (value != null && value.isTextual()) {
            try {
                UUID id = UUID.fromString(value.textValue());
                if (id.toString().equalsIgnoreCase(value.textValue())) {
                    return Optional.of(id);
                }
            } catch (IllegalArgumentException notAnId) {
                // Named below.
            }
        }
        wrong.add(path, "invalid", path + " must be an id (a UUID)");
        return Optional.empty();
    }
}
