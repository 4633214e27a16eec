package dev.chit.adapters.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "Page N of M" at the foot of every page, with the report's title beside it. The total is
 * a template filled in when the document closes, since pages leave before it is known.
 */
final class PageNumbers extends PdfPageEventHelper {

    private final String title;
    private PdfTemplate total;
    private BaseFont font;

    PageNumbers(String title) {
        this.title = title;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
        font = Pdf.SMALL.getCalculatedBaseFont(false);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - 18;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(title, Pdf.SMALL), document.left(), y, 0);
        String page = "Page " + writer.getPageNumber() + " of ";
        float width = font.getWidthPoint(page, Pdf.SMALL.getSize());
        float x = document.right() - 40 - width;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, Pdf.SMALL), x, y, 0);
        canvas.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, Pdf.SMALL.getSize());
        total.setTextMatrix(0, 0);
        // The writer has moved past the last page by now.
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }
}
