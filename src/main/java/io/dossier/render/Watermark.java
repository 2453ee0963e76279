package io.dossier.render;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

/**
 * A word or two ({@code DRAFT}) across every page, corner to corner: light grey, drawn over the
 * page in multiply blending, so that the text beneath keeps its full colour and stays readable (an
 * opaque box such as the sidebar's would hide a mark drawn under the page). The template asks for
 * it with {@code <meta name="dossier-watermark" content="DRAFT"/>} in its head.
 */
final class Watermark extends PdfPageEventHelper {

    static final String META = "dossier-watermark";
    /** Light enough to read through, dark enough to see on a greyscale print. */
    private static final Color GREY = new Color(0xB8, 0xBE, 0xC6);
    private static final float OPACITY = 0.45f;

    private final String text;
    private final BaseFont font;

    private Watermark(String text, BaseFont font) {
        this.text = text;
        this.font = font;
    }

    /** The watermark the document's head asks for, or null. */
    static Watermark of(org.w3c.dom.Document document) {
        // a walk, not getElementsByTagNameNS: its node list, on a 40-article book, cost 2 % of the render
        for (org.w3c.dom.Element meta : metas(document.getDocumentElement(), new java.util.ArrayList<>())) {
            if (META.equals(meta.getAttribute("name")) && !meta.getAttribute("content").isBlank()) {
                String text = meta.getAttribute("content").strip();
                return new Watermark(text.length() > 60 ? text.substring(0, 60) : text, FontLibrary.get().pdfFont(FontLibrary.SANS, true));
            }
        }
        return null;
    }

    /** The meta elements under {@code e}, in document order. */
    private static java.util.List<org.w3c.dom.Element> metas(org.w3c.dom.Element root, java.util.List<org.w3c.dom.Element> into) {
        java.util.ArrayDeque<org.w3c.dom.Node> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            org.w3c.dom.Node node = stack.pop();
            if ("meta".equals(node.getLocalName())) into.add((org.w3c.dom.Element) node);
            org.w3c.dom.Node child = node.getLastChild();
            for (; child != null; child = child.getPreviousSibling()) {
                if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) stack.push(child);
            }
        }
        return into;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Rectangle page = document.getPageSize();
        float w = page.getWidth();
        float h = page.getHeight();
        double angle = Math.toDegrees(Math.atan2(h, w));
        double diagonal = Math.hypot(w, h);
        // about 60% of the diagonal, at most 140 pt high
        float width1pt = font.getWidthPoint(text, 1f);
        float size = (float) Math.min(140, 0.6 * diagonal / Math.max(width1pt, 0.01f));
        PdfContentByte over = writer.getDirectContent();
        over.saveState();
        PdfGState state = new PdfGState();
        state.setFillOpacity(OPACITY);
        state.setBlendMode(PdfGState.BM_MULTIPLY);
        over.setGState(state);
        over.setColorFill(GREY);
        over.beginText();
        over.setFontAndSize(font, size);
        // the baseline through the page's centre, lifted by a third of the letters' height
        float lift = size * 0.35f;
        double rad = Math.toRadians(angle);
        float x = (float) (w / 2 + lift * Math.sin(rad));
        float y = (float) (h / 2 - lift * Math.cos(rad));
        over.showTextAligned(Element.ALIGN_CENTER, text, x, y, (float) angle);
        over.endText();
        over.restoreState();
    }
}
