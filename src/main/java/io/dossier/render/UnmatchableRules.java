package io.dossier.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A document's style sheets without the selectors that cannot match it, cut before Flying Saucer
 * reads them. Its style cascade tries every selector of every sheet on every element; a selector
 * one of whose parts names an element or a class that no element of the document has can never
 * match, so leaving it out changes no element's style (the selectors kept keep their order). The
 * bundled {@code dossier.css} serves dossiers and books alike, on every paper: 30 of its 121
 * selectors are for short, narrow or sideways sheets ({@code .short …}, {@code .narrow …}, {@code .landscape …}), dead on A4,
 * and a book lacks some of the single dossier's classes (its numbered paragraphs). With
 * {@link UserAgentSheet} this took a fifth off a 40-article book's layout time; see README.md
 * ("Speed and quality").
 * <p>
 * Only what is sure is cut. A rule is left whole when a selector of it holds anything this class
 * does not read (a namespace, an escape, a functional pseudo-class like {@code :not()}, a
 * pseudo-class it does not know, a name that is no CSS identifier): such a selector may be one
 * Flying Saucer refuses, and a refused selector drops its whole rule. At-rules ({@code @page},
 * {@code @media}, {@code @import}) are left as they are; so is a sheet whose blocks do not close.
 */
final class UnmatchableRules {

    /** The element names and classes a document has, lower case (compared without case: only ever too much is kept). */
    record Vocabulary(Set<String> elements, Set<String> classes) {

        /** Every element's local name and class, after ScriptRuns and TextPieces have added their spans. */
        static Vocabulary of(Document document) {
            Set<String> elements = new HashSet<>();
            Set<String> classes = new HashSet<>();
            Node node = document.getDocumentElement();
            while (node != null) {
                boolean element = node.getNodeType() == Node.ELEMENT_NODE;
                if (element) {
                    elements.add(lower(node.getLocalName() != null ? node.getLocalName() : node.getNodeName()));
                    String names = ((Element) node).getAttribute("class");
                    if (!names.isEmpty()) {
                        for (String c : names.trim().split("\\s+")) classes.add(lower(c));
                    }
                }
                // depth first, without recursion (a deep document must not end the stack)
                Node next = element ? node.getFirstChild() : null;
                while (next == null && node != null) {
                    next = node.getNextSibling();
                    if (next == null) node = node.getParentNode();
                }
                node = next;
            }
            return new Vocabulary(elements, classes);
        }
    }

    /** Pseudo-classes and pseudo-elements Flying Saucer reads (an unknown one makes it drop the rule). */
    private static final Set<String> KNOWN_PSEUDO = Set.of("before", "after", "first-child", "last-child", "link",
            "visited", "hover", "active", "focus", "first-line", "first-letter", "even", "odd");

    private UnmatchableRules() {
    }

    /** Every {@code <style>} element's sheet cut to what can match {@code words}. */
    static void apply(Document document, Vocabulary words) {
        List<Element> styles = new ArrayList<>();
        Node head = document.getDocumentElement() == null ? null : document.getDocumentElement().getFirstChild();
        for (; head != null; head = head.getNextSibling()) {
            if (head.getNodeType() == Node.ELEMENT_NODE && "head".equals(head.getLocalName())) {
                for (Node n = head.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n.getNodeType() == Node.ELEMENT_NODE && "style".equals(n.getLocalName())) styles.add((Element) n);
                }
            }
        }
        for (Element style : styles) {
            String css = style.getTextContent();
            String cut = cut(css, words);
            if (!cut.equals(css)) style.setTextContent(cut);
        }
    }

    /** {@code css} without the selectors, and the rules, that cannot match. */
    static String cut(String css, Vocabulary words) {
        StringBuilder out = new StringBuilder(css.length());
        int n = css.length();
        int at = 0;
        while (at < n) {
            int open = -1;
            int end = -1; // exclusive end of the statement
            for (int i = at; i < n; ) {
                char c = css.charAt(i);
                if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                    int close = css.indexOf("*/", i + 2);
                    if (close < 0) return css;
                    i = close + 2;
                } else if (c == '"' || c == '\'') {
                    i = skipString(css, i);
                    if (i < 0) return css;
                } else if (c == ';') {
                    end = i + 1;
                    break;
                } else if (c == '{') {
                    open = i;
                    end = closing(css, i);
                    if (end < 0) return css;
                    break;
                } else if (c == '}') {
                    return css; // a stray closing brace: Flying Saucer's recovery is its own
                } else {
                    i++;
                }
            }
            if (end < 0) { // the rest holds no statement
                out.append(css, at, n);
                break;
            }
            int lead = afterSpaceAndComments(css, at, end); // kept as they are, whatever follows
            out.append(css, at, lead);
            at = lead;
            if (open < 0 || css.startsWith("@", at)) {
                out.append(css, at, end);
            } else {
                String prelude = css.substring(at, open);
                List<String> kept = kept(prelude, words);
                if (kept == null) {
                    out.append(css, at, end);
                } else if (!kept.isEmpty()) {
                    out.append(String.join(", ", kept)).append(' ').append(css, open, end);
                }
            }
            at = end;
        }
        return out.toString();
    }

    private static int afterSpaceAndComments(String css, int from, int end) {
        int i = from;
        while (i < end) {
            if (Character.isWhitespace(css.charAt(i))) {
                i++;
            } else if (css.startsWith("/*", i)) {
                int close = css.indexOf("*/", i + 2);
                if (close < 0 || close + 2 > end) return i;
                i = close + 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** The selectors of {@code prelude} that can match; null when it should be left as it is. */
    private static List<String> kept(String prelude, Vocabulary words) {
        if (prelude.contains("/*") || prelude.contains("\\") || prelude.contains("|")) return null;
        List<String> selectors = splitSelectors(prelude);
        if (selectors == null) return null;
        List<String> kept = new ArrayList<>();
        for (String s : selectors) {
            Boolean can = canMatch(s, words);
            if (can == null) return null;
            if (can) kept.add(s);
        }
        return kept.size() == selectors.size() ? null : kept;
    }

    /** The comma-separated selectors, trimmed; null when one is empty or brackets do not close. */
    private static List<String> splitSelectors(String prelude) {
        List<String> selectors = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < prelude.length(); i++) {
            char c = prelude.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipString(prelude, i);
                if (i < 0) return null;
                i--;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                selectors.add(prelude.substring(start, i).strip());
                start = i + 1;
            }
        }
        selectors.add(prelude.substring(start).strip());
        if (depth != 0 || selectors.stream().anyMatch(String::isEmpty)) return null;
        return selectors;
    }

    /**
     * Whether a selector can match: false when a part names an element or class the document lacks;
     * null when the selector holds something not read here.
     */
    static Boolean canMatch(String selector, Vocabulary words) {
        boolean can = true;
        int n = selector.length();
        int i = 0;
        while (i < n) {
            char c = selector.charAt(i);
            if (Character.isWhitespace(c) || c == '>' || c == '+' || c == '~' || c == '*') {
                i++;
            } else if (c == '.' || c == ':' || c == '#') {
                int from = i + 1;
                if (c == ':' && from < n && selector.charAt(from) == ':') from++;
                int to = identEnd(selector, from);
                if (to < 0) return null;
                String name = lower(selector.substring(from, to));
                if (c == '.' && !words.classes().contains(name)) can = false;
                if (c == ':' && (!KNOWN_PSEUDO.contains(name) || to < n && selector.charAt(to) == '(')) return null;
                i = to;
            } else if (c == '[') {
                int close = i + 1;
                while (close < n && selector.charAt(close) != ']') {
                    char q = selector.charAt(close);
                    if (q == '"' || q == '\'') {
                        close = skipString(selector, close);
                        if (close < 0) return null;
                    } else {
                        close++;
                    }
                }
                if (close >= n) return null;
                i = close + 1;
            } else {
                int to = identEnd(selector, i);
                if (to < 0) return null;
                if (!words.elements().contains(lower(selector.substring(i, to)))) can = false;
                i = to;
            }
        }
        return can;
    }

    /** The end of the CSS identifier starting at {@code from}; -1 when none starts there. */
    private static int identEnd(String s, int from) {
        int i = from;
        if (i < s.length() && s.charAt(i) == '-') i++;
        if (i >= s.length() || !(Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) return -1;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '_')) i++;
        return i;
    }

    /** The index just after the string that starts at {@code i}; -1 when it does not end. */
    private static int skipString(String s, int i) {
        char quote = s.charAt(i);
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') j++;
            else if (c == quote) return j + 1;
            else if (c == '\n') return -1;
        }
        return -1;
    }

    /** The index just after the '}' that closes the block opened at {@code open}; -1 when it does not close. */
    private static int closing(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); ) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int close = css.indexOf("*/", i + 2);
                if (close < 0) return -1;
                i = close + 2;
            } else if (c == '"' || c == '\'') {
                i = skipString(css, i);
                if (i < 0) return -1;
            } else {
                if (c == '{') depth++;
                if (c == '}' && --depth == 0) return i + 1;
                i++;
            }
        }
        return -1;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
