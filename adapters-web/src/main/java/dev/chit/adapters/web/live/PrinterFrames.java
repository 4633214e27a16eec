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
 * fine). It has no {@code seq}: it is state, not an event, sent when the socket opens if a
 * printer is in trouble, and whenever the list changes. A socket of a restaurant whose printers
 * are all fine is sent none, so clients that know nothing of printers see the frames they did.
 */
final class PrinterFrames {

    private final PrinterTrouble trouble;
    private final Json json;
    private final String allFine;

    PrinterFrames(PrinterTrouble trouble, Json json) {
        this.trouble = trouble;
        this.json = json;
        this.allFine = write(List.of());
    }

    private record PrinterJson(UUID printerId, String name, String status) {
    }

    private record Frame(String type, List<PrinterJson> printers) {
    }

    /** The frame as it is now, read from the database. */
    String now(RestaurantId restaurantId) {
        return write(trouble.of(restaurantId).stream().map(PrinterFrames::json).toList());
    }

    /** The frame that says every printer is fine (or there are none). */
    String allFine() {
        return allFine;
    }

    private String write(List<PrinterJson> printers) {
        return new String(json.write(new Frame("printers", printers)), StandardCharsets.UTF_8);
    }

    private static PrinterJson json(Printer printer) {
        return new PrinterJson(printer.id().value(), printer.name(), printer.status().name());
    }
}
