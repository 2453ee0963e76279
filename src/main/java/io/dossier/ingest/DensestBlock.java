package io.dossier.ingest;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * The fallback when Readability finds nothing worth having: the longest {@code <article>},
 * else {@code <main>}, else the element whose child paragraphs hold the most text, after
 * structural boilerplate (navigation, headers, footers, asides, forms) is dropped.
 */
final class DensestBlock {

    private static final String STRUCTURE = "nav, header, footer, aside, form, button, input, select, textarea, svg, "
            + "canvas, video, audio, menu, [role=navigation], [role=banner], [role=contentinfo]";
    private static final Pattern NAMES = WordLists.nameWords("boilerplate-names.txt");

    private DensestBlock() {
    }

    /** The story's element in {@code body} (changed in place), or null when nothing stands out from the whole page. */
    static Element find(Element body) {
        body.select(STRUCTURE).remove();
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null || isMainContainer(e)) continue;
            String names = e.className() + " " + e.id();
            // same rule as for Readability's pick: a named block goes only while it is small
            if (!names.isBlank() && NAMES.matcher(names).find() && Boilerplate.words(e.text()) < 150) e.remove();
        }
        Element best = null;
        for (Element a : body.select("article")) {
            if (best == null || a.text().length() > best.text().length()) best = a;
        }
        if (best != null && best.text().length() > 200) return best;
        Element main = body.selectFirst("main, [role=main], [itemprop=articleBody]");
        if (main != null) return main;
        Element densest = body;
        int bestLen = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) continue;
            int len = 0;
            for (Element c : parent.children()) if (c.tagName().equals("p")) len += c.text().length();
            if (len > bestLen) {
                bestLen = len;
                densest = parent;
            }
        }
        return bestLen > 0 && bestLen * 2 > body.text().length() ? densest : null;
    }

    private static boolean isMainContainer(Element e) {
        String tag = e.tagName();
        return tag.equals("article") || tag.equals("main") || tag.equals("body");
    }
}
