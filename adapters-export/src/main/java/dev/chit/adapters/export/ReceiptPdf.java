package dev.chit.adapters.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.chit.application.receipts.PrintedLine;
import dev.chit.application.receipts.Receipt;
import dev.chit.domain.money.Money;

import java.io.ByteArrayOutputStream;

/** The receipt as an A5 PDF: the same content as {@link ReceiptPage}. */
final class ReceiptPdf {

    private ReceiptPdf() {
    }

    static byte[] render(Receipt receipt) {
        ReceiptText words = ReceiptText.in(receipt.language());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(words.say("title", Long.toString(receipt.number()), receipt.restaurantName()));
            document.addCreator("Chit");
            document.open();
            document.add(new Paragraph(receipt.restaurantName(), Pdf.HEADING));
            receipt.restaurantAddress().ifPresent(address -> document.add(new Paragraph(address, Pdf.BODY)));
            document.add(new Paragraph(" ", Pdf.SMALL));
            document.add(new Paragraph(words.say("pdfHeading", Long.toString(receipt.number())), Pdf.BIG));
            document.add(new Paragraph(words.dateTime(receipt.placedAt()), Pdf.BODY));
            StringBuilder who = new StringBuilder(words.say("for", receipt.customerName())).append(" - ")
                    .append(words.fulfillment(receipt.fulfillment()));
            receipt.fulfillment().table().ifPresent(table -> who.append(", ").append(words.say("table", table)));
            document.add(new Paragraph(who.toString(), Pdf.BODY));
            receipt.fulfillment().address().ifPresent(address -> {
                document.add(new Paragraph(words.say("deliverTo") + " " + address.label(), Pdf.BODY));
                address.instructions().ifPresent(instructions ->
                        document.add(new Paragraph(words.say("driver") + " " + instructions, Pdf.BODY)));
            });
            document.add(lines(receipt, words));
            document.add(totals(receipt, words));
            receipt.notes().ifPresent(notes -> document.add(new Paragraph(words.say("notes") + " " + notes,
                    Pdf.ITALIC)));
            document.add(new Paragraph(words.say("payment") + " " + words.payment(receipt.paymentStatus()), Pdf.BOLD));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the receipt of order " + receipt.orderId(), e);
        }
        return out.toByteArray();
    }

    private static PdfPTable lines(Receipt receipt, ReceiptText words) {
        PdfPTable table = new PdfPTable(new float[] {1, 7, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        table.addCell(Pdf.cell(words.say("qty"), Pdf.BOLD));
        table.addCell(Pdf.cell(words.say("item"), Pdf.BOLD));
        table.addCell(Pdf.amount(words.say("amount"), Pdf.BOLD));
        for (PrintedLine line : receipt.lines()) {
            table.addCell(Pdf.cell(String.valueOf(line.quantity()), Pdf.BODY));
            Phrase item = new Phrase(line.name(), Pdf.BODY);
            if (line.quantity() > 1) {
                item.add(new Phrase(" " + words.say("each", words.money(line.unitPrice())), Pdf.SMALL));
            }
            for (PrintedLine.Option option : line.options()) {
                String delta = option.priceDelta().isZero() ? "" : " (" + words.money(option.priceDelta()) + ")";
                item.add(new Phrase("\n  + " + option.name() + delta, Pdf.SMALL));
            }
            line.note().ifPresent(note -> item.add(new Phrase("\n  " + words.say("note") + " " + note, Pdf.ITALIC)));
            if (line.refundedQuantity() > 0) {
                item.add(new Phrase("\n  " + words.say("refundedItems", line.refundedQuantity(), line.quantity()),
                        Pdf.ITALIC));
            }
            table.addCell(Pdf.cell(item));
            table.addCell(Pdf.amount(words.money(line.lineTotal()), Pdf.BODY));
        }
        return table;
    }

    private static PdfPTable totals(Receipt receipt, ReceiptText words) {
        PdfPTable table = new PdfPTable(new float[] {8, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setSpacingAfter(8);
        for (TotalsRows.Row row : TotalsRows.of(receipt, words)) {
            row(table, words, row.label(), row.amount(), row.total() ? Pdf.BOLD : Pdf.BODY);
        }
        return table;
    }

    private static void row(PdfPTable table, ReceiptText words, String label, Money amount, Font font) {
        PdfPCell name = Pdf.cell(label, font);
        table.addCell(name);
        table.addCell(Pdf.amount(words.money(amount), font));
    }
}
