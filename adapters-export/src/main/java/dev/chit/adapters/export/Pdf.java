package dev.chit.adapters.export;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;

/**
 * What the PDF layouts share: the standard Helvetica faces (no fonts to ship; Latin-1 and the
 * common currency signs only) and borderless cells.
 */
final class Pdf {

    static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    static final Font ITALIC = new Font(Font.HELVETICA, 9, Font.ITALIC);
    static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    static final Font HEADING = new Font(Font.HELVETICA, 16, Font.BOLD);
    static final Font BIG = new Font(Font.HELVETICA, 14, Font.BOLD);
    static final Font HUGE = new Font(Font.HELVETICA, 32, Font.BOLD);

    private Pdf() {
    }

    static PdfPCell cell(String text, Font font) {
        return cell(new Phrase(text, font));
    }

    static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(2);
        cell.setPaddingTop(1);
        cell.setPaddingBottom(2);
        return cell;
    }

    static PdfPCell amount(String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
