package io.dossier.render;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Prepares text for a typesetter that draws each run in one font, left to right.
 *
 * <p>Flying Saucer 9 neither joins Arabic letters nor reorders right-to-left text, and it
 * does not fall back to another font for a glyph the chosen one lacks. So before layout
 * every text node holding Hebrew or Arabic is shaped into presentation forms and put into
 * visual order (ICU4J, Unicode bidi algorithm) — PDF text extraction maps it back to logical
 * order — and runs the body fonts cannot draw (Hebrew and Arabic outside DejaVu Sans, the
 * control pictures that show stray control characters) are wrapped in a span naming a
 * bundled font that can.
 */
public final class ScriptRuns {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String RTL_STYLE = "font-family: \"" + FontLibrary.SANS + "\"; font-style: normal;";
    private static final String SYMBOL_STYLE = "font-family: \"" + FontLibrary.SYMBOLS + "\"; font-style: normal; font-weight: normal;";

    private ScriptRuns() {
    }

    /** Rewrites the body's text; true when it wrapped a run in the symbols font. */
    static boolean apply(Document document) {
        Element html = document.getDocumentElement();
        boolean symbols = false;
        for (Node child = html.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("body".equals(child.getLocalName()) || "body".equals(child.getNodeName())) symbols |= walk(document, child);
        }
        return symbols;
    }

    private static boolean walk(Document doc, Node node) {
        boolean symbols = false;
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue();
                if (needsWork(text)) symbols |= replace(doc, child, visual(text));
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                symbols |= walk(doc, child);
            }
            child = next;
        }
        return symbols;
    }

    private static boolean replace(Document doc, Node textNode, String text) {
        boolean symbols = false;
        Node parent = textNode.getParentNode();
        int i = 0;
        while (i < text.length()) {
            int kind = kind(text.charAt(i));
            int j = i + 1;
            // Spaces between two runs of the same kind stay in that run.
            while (j < text.length() && (kind(text.charAt(j)) == kind
                    || text.charAt(j) == ' ' && j + 1 < text.length() && kind(text.charAt(j + 1)) == kind)) {
                j++;
            }
            String run = text.substring(i, j);
            if (kind == PLAIN) {
                parent.insertBefore(doc.createTextNode(run), textNode);
            } else {
                Element span = doc.createElementNS(XHTML, "span");
                span.setAttribute("style", kind == RTL ? RTL_STYLE : SYMBOL_STYLE);
                symbols |= kind == SYMBOL;
                span.appendChild(doc.createTextNode(run));
                parent.insertBefore(span, textNode);
            }
            i = j;
        }
        parent.removeChild(textNode);
        return symbols;
    }

    private static final int PLAIN = 0;
    private static final int RTL = 1;
    private static final int SYMBOL = 2;

    private static int kind(char c) {
        if (isRtl(c)) return RTL;
        if (c >= '\u2400' && c <= '\u2426') return SYMBOL;
        return PLAIN;
    }

    private static boolean isRtl(char c) {
        return c >= '\u0590' && c <= '\u08FF' || c >= '\uFB1D' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF';
    }

    static boolean needsWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (kind(text.charAt(i)) != PLAIN) return true;
        }
        return false;
    }

    private static boolean isRtlScript(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isRtl(text.charAt(i))) return true;
        }
        return false;
    }

    /** Right-to-left runs of {@code logical} shaped and put in visual order; other text unchanged. */
    public static String visual(String logical) {
        if (!isRtlScript(logical)) return logical;
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
                    .shape(logical);
        } catch (ArabicShapingException e) {
            shaped = logical;
        }
        return new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR).writeReordered(Bidi.DO_MIRRORING);
    }
}
