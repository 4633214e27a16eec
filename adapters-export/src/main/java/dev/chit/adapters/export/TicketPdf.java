package dev.chit.adapters.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.chit.application.receipts.KitchenTicket;
import dev.chit.application.receipts.PaperText;
import dev.chit.application.receipts.PrintedLine;

import java.io.ByteArrayOutputStream;

/**
 * The kitchen ticket as a PDF for an 80 mm roll: one page 80 mm wide and exactly as long as
 * its content, so that the printer cuts after the last line instead of feeding blank paper.
 */
final class TicketPdf {

    /** 80 mm in points (1 pt = 1/72 in). */
    static final float WIDTH = 80 / 25.4f * 72;
    private static final float MARGIN = 8;

    private TicketPdf() {
    }

    static byte[] render(KitchenTicket ticket) {
        PdfPTable content = content(ticket);
        content.setTotalWidth(WIDTH - 2 * MARGIN);
        content.setLockedWidth(true);
        // The page is measured to the content: its height is known only once the table is laid out.
        float height = content.getTotalHeight() + 2 * MARGIN;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(WIDTH, height), MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Ticket #" + ticket.number());
            document.addCreator("Chit");
            document.open();
            content.writeSelectedRows(0, -1, MARGIN, height - MARGIN, writer.getDirectContent());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the ticket of order " + ticket.orderId(), e);
        }
        return out.toByteArray();
    }

    private static PdfPTable content(KitchenTicket ticket) {
        PdfPTable table = new PdfPTable(new float[] {1, 5});
        whole(table, Pdf.cell("#" + ticket.number(), Pdf.HUGE));
        StringBuilder how = new StringBuilder(PaperText.fulfillment(ticket.fulfillment()).toUpperCase(java.util.Locale.ROOT));
        ticket.fulfillment().table().ifPresent(t -> how.append(" - Table ").append(t));
        whole(table, Pdf.cell(how.toString(), Pdf.BIG));
        ticket.fulfillment().address().ifPresent(address -> {
            whole(table, Pdf.cell(address.label(), Pdf.BODY));
            address.instructions().ifPresent(instructions -> whole(table, Pdf.cell("Driver: " + instructions, Pdf.BOLD)));
        });
        whole(table, Pdf.cell("Due " + PaperText.time(ticket.due()), Pdf.BIG));
        ticket.scheduledFor().ifPresent(at -> whole(table, Pdf.cell("Scheduled for " + PaperText.dateTime(at), Pdf.BODY)));
        whole(table, Pdf.cell("Placed " + PaperText.dateTime(ticket.placedAt()), Pdf.SMALL));
        whole(table, Pdf.cell(ticket.customerName(), Pdf.BODY));
        whole(table, Pdf.cell("--------------------------------------", Pdf.SMALL));
        for (PrintedLine line : ticket.lines()) {
            table.addCell(Pdf.cell(line.quantity() + " x", Pdf.BOLD));
            Phrase item = new Phrase(line.name(), Pdf.BOLD);
            line.options().forEach(option -> item.add(new Phrase("\n+ " + option.name(), Pdf.BODY)));
            line.note().ifPresent(note -> item.add(new Phrase("\n! " + note, Pdf.BOLD)));
            table.addCell(Pdf.cell(item));
        }
        ticket.notes().ifPresent(notes -> {
            whole(table, Pdf.cell("--------------------------------------", Pdf.SMALL));
            whole(table, Pdf.cell("Order notes: " + notes, Pdf.BOLD));
        });
        return table;
    }

    private static void whole(PdfPTable table, PdfPCell cell) {
        cell.setColspan(2);
        table.addCell(cell);
    }
}
