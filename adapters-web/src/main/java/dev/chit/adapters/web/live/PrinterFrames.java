package dev.chit.adapters.web.live;

import dev.chit.adapters.web.json.Json;
import dev.chit.application.live.PrinterTrouble;
import dev.chit.domain.printing.Printer;
import dev.chit.domain.restaurant.RestaurantId;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The {@code printers} frame of a board socket: the restaurant's printers that are not
 * {@code ONLINE}, whole, so a client replaces what it had (an empty list: every printer is
 * fine). It has no {@code seq}: it is state, not an event, sent when the socket opens and
 * whenever the list changes.
 */
final class PrinterFrames {

    private final PrinterTrouble trouble;
    private final Json json;

    PrinterFrames(PrinterTrouble trouble, Json json) {
        this.trouble = trouble;
        this.json = json;
    }

    private record PrinterJson(UUID printerId, String name, String status) {
    }

    private record Frame(String type, List<PrinterJson> printers) {
    }

    /** The frame as it is now, read from the database. */
    String now(RestaurantId restaurantId) {
        List<PrinterJson> printers = trouble.of(restaurantId).stream()
                .map(PrinterFrames::json)
                .toList();
        return new String(json.write(new Frame("printers", printers)), StandardCharsets.UTF_8);
    }

    private static PrinterJson json(Printer printer) {
        return new PrinterJson(printer.id().value(), printer.name(), printer.status().name());
    }
}
