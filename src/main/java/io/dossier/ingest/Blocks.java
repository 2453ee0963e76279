package io.dossier.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The paragraphs of an HTML fragment as a reader sees them: every block element (and a double
 * line break) ends one, inline elements run on. Walking the tree rather than selecting
 * {@code <p>} keeps text that sits directly in a {@code <div>} or beside a list. A paragraph of a
 * {@code <blockquote>} gets quotation marks ({@link BlockQuotation}).
 */
final class Blocks {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
            "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "hr", "address", "details",
            "summary", "form", "fieldset", "center", "nav");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math", "button",
            "select", "textarea", "input", "iframe", "object", "embed", "canvas", "video", "audio");

    private Blocks() {
    }

    static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(root, current, out, false);
        flush(current, out, false);
        return out;
    }

    private static void walk(Node node, StringBuilder current, List<String> out, boolean quoted) {
        if (node instanceof TextNode t) {
            current.append(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) return;
        String tag = e.tagName();
        if (SKIPPED.contains(tag)) return;
        if (tag.equals("br")) {
            // one break is a line inside a paragraph (an address, a poem); two end the paragraph
            int end = current.length();
            while (end > 0 && Character.isWhitespace(current.charAt(end - 1)) && current.charAt(end - 1) != '\u2028') end--;
            if (end > 0 && current.charAt(end - 1) == '\u2028') {
                current.setLength(end - 1);
                flush(current, out, quoted);
            } else {
                current.append('\u2028');
            }
            return;
        }
        boolean block = BLOCK_TAGS.contains(tag);
        if (block) flush(current, out, quoted);
        // code set in a block quotation is not what anyone said
        boolean inside = (quoted || tag.equals("blockquote")) && !tag.equals("pre") && !tag.equals("code");
        for (Node c : e.childNodes()) walk(c, current, out, inside);
        if (block) flush(current, out, inside);
    }

    private static void flush(StringBuilder current, List<String> out, boolean quoted) {
        String t = Normalizer.tidyParagraph(Normalizer.normalize(current.toString().replace('\u2028', ' ')));
        current.setLength(0);
        if (t.isEmpty()) return;
        out.add(quoted ? BlockQuotation.of(t) : t);
    }
}
