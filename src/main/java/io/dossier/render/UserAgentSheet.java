package io.dossier.render;

import org.xhtmlrenderer.pdf.ITextUserAgent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flying Saucer's default style sheet for XHTML, cut to the rules that can match the document at
 * hand: a rule stays when one of its selectors ends in an element the document has (or in no
 * element name at all), and keeps its place. A selector whose last element name never occurs
 * matches nothing, so the cut leaves every element's style as the whole sheet gives it.
 * <p>
 * Why: Flying Saucer's style cascade tries every selector of every sheet on every element, and
 * the default sheet has 119 (form controls, frames, {@code big}, {@code tt}, ...); the bundled
 * templates use about 25 element kinds, whose rules hold under 50. The PDFs come out byte for
 * byte the same; what it saves is in README.md ("Speed and quality").
 */
final class UserAgentSheet {

    /** Where Flying Saucer's namespace handler says its default sheet is. */
    static final java.net.URL URL = ITextUserAgent.class.getResource("/resources/css/XhtmlNamespaceHandler.css");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    /** The element name a compound selector starts with ({@code table} in {@code table[align]}), if any. */
    private static final Pattern ELEMENT = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*");

    /** One rule of the sheet: its selectors and the block after them (at-rules have no selectors). */
    private record Rule(List<String> selectors, String text) {
    }

    private static final List<Rule> RULES = rules(stock());

    /** The last sheet made, with the element names it was made for (a batch asks for the same one again and again). */
    private static volatile Object[] last = {null, null};

    private UserAgentSheet() {
    }

    /** The default sheet's rules that can match elements named {@code elements} (local names), as CSS. */
    static byte[] forElements(Set<String> elements) {
        Object[] cached = last;
        if (elements.equals(cached[0])) return (byte[]) cached[1];
        StringBuilder css = new StringBuilder(4096);
        for (Rule rule : RULES) {
            if (rule.selectors().isEmpty()) {
                css.append(rule.text()).append('\n');
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String selector : rule.selectors()) {
                String subject = lastElementName(selector);
                if (subject == null || elements.contains(subject)) kept.add(selector);
            }
            if (!kept.isEmpty()) css.append(String.join(", ", kept)).append(' ').append(rule.text()).append('\n');
        }
        byte[] bytes = css.toString().getBytes(StandardCharsets.UTF_8);
        last = new Object[]{Set.copyOf(elements), bytes};
        return bytes;
    }

    /** The element name of a selector's last compound ({@code ul} in {@code ol ul}), as written; null when it names none. */
    static String lastElementName(String selector) {
        String[] compounds = selector.trim().split("\\s*[\\s>+~]\\s*");
        var m = ELEMENT.matcher(compounds[compounds.length - 1]);
        return m.find() ? m.group() : null;
    }

    /** The stock sheet's rules in order; a block is never nested in the stock sheet (its one at-rule is a plain @page). */
    static List<Rule> rules(String css) {
        List<Rule> rules = new ArrayList<>();
        String text = COMMENT.matcher(css).replaceAll(" ");
        int at = 0;
        for (int open; (open = text.indexOf('{', at)) >= 0; ) {
            int close = text.indexOf('}', open);
            if (close < 0) throw new IllegalStateException("unclosed block in the default style sheet");
            if (text.indexOf('{', open + 1) >= 0 && text.indexOf('{', open + 1) < close) {
                throw new IllegalStateException("nested block in the default style sheet: " + text.substring(at, close));
            }
            String head = text.substring(at, open).trim();
            String block = text.substring(open, close + 1);
            if (head.startsWith("@")) {
                rules.add(new Rule(List.of(), head + " " + block));
            } else {
                List<String> selectors = new ArrayList<>();
                for (String s : head.split(",")) selectors.add(s.trim().replaceAll("\\s+", " "));
                rules.add(new Rule(List.copyOf(selectors), block));
            }
            at = close + 1;
        }
        return List.copyOf(rules);
    }

    private static String stock() {
        try (InputStream in = ITextUserAgent.class.getResourceAsStream("/resources/css/XhtmlNamespaceHandler.css")) {
            if (in == null) throw new IllegalStateException("Flying Saucer's default style sheet is missing from its jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
