package io.dossier.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Cuts long text into pieces Flying Saucer lays out in bounded time.
 *
 * <p>Flying Saucer's line breaker copies the rest of a text node ({@code LineBreakContext
 * .getStartSubstring}) for every line it makes, so a text node of n characters costs
 * O(n²/line length): a 300 KB paragraph took 3 s of layout, a 3 MB one minutes. Adjacent
 * text nodes are merged into one box, so each piece goes into a {@code <span>} of its own: a
 * span has no style, the paragraph reads and wraps as before, and each line's copy is at most
 * {@link #MAX} characters. Pieces end after a space where there is one, so no break
 * opportunity is added or lost; a token longer than a piece is cut between two characters
 * (never inside a surrogate pair or before a combining mark), where it must wrap anyway.
 */
final class TextPieces {

    /** Longest piece: small enough that copying it per line is cheap, large enough to be rare. */
    static final int MAX = 2000;

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private TextPieces() {
    }

    /** Splits every text node of the body longer than {@link #MAX}. */
    static void apply(Document document) {
        Element html = document.getDocumentElement();
        for (Node child = html.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("body".equals(child.getLocalName()) || "body".equals(child.getNodeName())) walk(document, child);
        }
    }

    private static void walk(Document doc, Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue();
                if (text.length() > MAX) split(doc, child, text);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                walk(doc, child);
            }
            child = next;
        }
    }

    private static void split(Document doc, Node textNode, String text) {
        Node parent = textNode.getParentNode();
        int start = 0;
        while (start < text.length()) {
            int end = cut(text, start);
            Element span = doc.createElementNS(XHTML, "span");
            span.appendChild(doc.createTextNode(text.substring(start, end)));
            parent.insertBefore(span, textNode);
            start = end;
        }
        parent.removeChild(textNode);
    }

    /** End of the piece starting at {@code start}: after the last space in its second half, else at a character boundary. */
    static int cut(String text, int start) {
        int limit = start + MAX;
        if (limit >= text.length()) return text.length();
        for (int i = limit - 1; i >= start + MAX / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) return i + 1;
        }
        int end = limit;
        while (end > start + 1 && !boundary(text, end)) end--;
        return end;
    }

    private static boolean boundary(String text, int i) {
        if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) return false;
        int type = Character.getType(text.codePointAt(i));
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK && text.charAt(i) != '\u200D';
    }
}
