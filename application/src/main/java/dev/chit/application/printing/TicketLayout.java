package dev.chit.application.printing;

import dev.chit.application.receipts.PaperText;
import dev.chit.domain.printing.PaperTicket;
import dev.chit.domain.printing.PaperWidth;
import dev.chit.domain.printing.PrintJobKind;
import dev.chit.domain.printing.TicketLine;
import dev.chit.domain.printing.TicketLine.Style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays a {@link StationTicket} out for a printer's width: the banner of a reprint or a
 * cancellation, the station, the order number large (double width, so half the columns), how the
 * food leaves and when it is due, the lines with their options indented and notes highlighted,
 * the order's notes, and the job's short id at the foot. Words are wrapped at the width; a word
 * longer than a line is cut.
 */
public final class TicketLayout {

    private static final String OPTION_INDENT = "     ";
    private static final String NOTE_INDENT = "   ";

    private TicketLayout() {
    }

    public static PaperTicket layOut(String jobId, StationTicket ticket, PaperWidth width) {
        int columns = width.columns();
        int large = columns / 2;
        List<TicketLine> lines = new ArrayList<>();
        ticket.reprint().ifPresent(n -> wrap(lines, "REPRINT " + n, large, Style.LARGE, ""));
        switch (ticket.kind()) {
            case TEST -> {
                wrap(lines, "TEST", large, Style.LARGE, "");
                wrap(lines, "This printer works: Chit can print on it.", columns, Style.NORMAL, "");
                wrap(lines, "Accents and the euro: café crème 3,50 €", columns, Style.NORMAL, "");
                lines.add(TicketLine.normal(rule(columns)));
                foot(lines, ticket, columns);
                return new PaperTicket(jobId, lines);
            }
            case CANCELLED -> wrap(lines, "CANCELLED #" + ticket.number(), large, Style.LARGE, "");
            case NEW, REPRINT -> { }
        }
        ticket.stationName().ifPresent(name -> wrap(lines, name.toUpperCase(Locale.ROOT), columns,
                Style.BOLD, ""));
        if (ticket.kind() != PrintJobKind.CANCELLED) {
            wrap(lines, "#" + ticket.number(), large, Style.LARGE, "");
        }
        wrap(lines, ticket.fulfillment(), columns, Style.BOLD, "");
        ticket.due().ifPresent(due -> lines.add(TicketLine.normal("Due " + PaperText.time(due))));
        lines.add(TicketLine.normal(rule(columns)));
        for (StationTicket.Line line : ticket.lines()) {
            String quantity = line.quantity() + " x ";
            wrap(lines, quantity + line.name(), columns, Style.BOLD, " ".repeat(quantity.length()));
            for (String option : line.options()) {
                wrap(lines, OPTION_INDENT + "+ " + option, columns, Style.NORMAL, OPTION_INDENT + "  ");
            }
            line.note().ifPresent(note -> wrap(lines, NOTE_INDENT + "NOTE: " + note, columns, Style.HIGHLIGHT,
                    NOTE_INDENT));
        }
        ticket.orderNotes().ifPresent(notes -> {
            lines.add(TicketLine.normal(rule(columns)));
            wrap(lines, "ORDER NOTE: " + notes, columns, Style.HIGHLIGHT, "");
        });
        lines.add(TicketLine.normal(rule(columns)));
        foot(lines, ticket, columns);
        return new PaperTicket(jobId, lines);
    }

    private static void foot(List<TicketLine> lines, StationTicket ticket, int columns) {
        String shortId = "job " + ticket.shortId();
        lines.add(TicketLine.normal(" ".repeat(Math.max(0, columns - shortId.length())) + shortId));
    }

    private static String rule(int columns) {
        return "-".repeat(columns);
    }

    /** Adds {@code text} as lines of at most {@code columns}, breaking at spaces; later lines start with {@code hang}. */
    static void wrap(List<TicketLine> lines, String text, int columns, Style style, String hang) {
        String flat = text.replaceAll("[\\r\\n\\t]+", " ").stripTrailing();
        String rest = flat;
        boolean first = true;
        while (true) {
            String prefix = first ? "" : hang;
            int room = Math.max(1, columns - prefix.length());
            if (rest.length() <= room) {
                lines.add(new TicketLine(prefix + rest, style));
                return;
            }
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= 0) {
                cut = room;
            }
            lines.add(new TicketLine(prefix + rest.substring(0, cut).stripTrailing(), style));
            rest = rest.substring(cut).strip();
            first = false;
            if (rest.isEmpty()) {
                return;
            }
        }
    }
}
