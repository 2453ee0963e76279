package io.dossier.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A page whose elements nest thousands deep (a hostile or broken one: real pages stay under a hundred) is flattened
 * below a fixed depth before anything walks it: the readability library, the cleaners and the paragraph walk are
 * recursive, and such a page ran them out of stack. Below {@link #WRAPPER_DEPTH}, wrappers (an element holding one
 * element and no text) give way to what they hold, so paragraphs stay paragraphs; an element still deeper than
 * {@link #MAX_DEPTH} after that becomes its own text, so no text is lost, only the structure below that depth.
 */
final class DeepNesting {

    static final int MAX_DEPTH = 256;
    /** Wrappers give way from this depth on, well above the limit, so that what they held keeps its own nesting. */
    static final int WRAPPER_DEPTH = MAX_DEPTH / 2;

    private DeepNesting() {
    }

    /** Flattens {@code root}'s tree below {@link #MAX_DEPTH}; iterative and linear, so any depth is safe. */
    static void flatten(Element root) {
        List<Element> wrappers = tooDeep(root, true);
        // from the last (deepest) to the first, so each gives its child to a parent still in the tree
        for (int i = wrappers.size() - 1; i >= 0; i--) wrappers.get(i).unwrap();
        for (Element e : tooDeep(root, false)) e.replaceWith(new TextNode(" " + e.text() + " "));
    }

    /**
     * In pre-order, the wrappers deeper than {@link #WRAPPER_DEPTH}, counting the depth as it will be once they are gone
     * ({@code wrappersOnly}); or the elements just deeper than {@link #MAX_DEPTH}, whose own descendants are not listed.
     */
    private static List<Element> tooDeep(Element root, boolean wrappersOnly) {
        List<Element> out = new ArrayList<>();
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int depth = depths.pop();
            if (!wrappersOnly && depth > MAX_DEPTH) {
                out.add(e);
                continue;
            }
            boolean goes = wrappersOnly && depth > WRAPPER_DEPTH && wrapper(e);
            if (goes) out.add(e);
            int childDepth = goes ? depth : depth + 1;
            // childNodes, not children(): jsoup caches the children() list, and a cache made here went stale under the
            // readability library's later edits, which changed what it found as the article
            for (Node n : e.childNodes()) {
                if (!(n instanceof Element child)) continue;
                stack.push(child);
                depths.push(childDepth);
            }
        }
        return out;
    }

    /** One element inside and no text of its own. */
    private static boolean wrapper(Element e) {
        int elements = 0;
        for (Node n : e.childNodes()) {
            if (n instanceof Element) elements++;
            else if (!(n instanceof TextNode t) || !t.isBlank()) return false;
        }
        return elements == 1;
    }
}
