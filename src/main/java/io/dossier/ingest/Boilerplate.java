package io.dossier.ingest;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * Removes from an article element the parts that are page furniture rather than story: figure
 * captions and credits, and blocks whose class or id names them as ads, share bars, related
 * links, newsletters, bylines, tag lists or comments. A named block goes only while it is
 * small beside the article, or made of links: containers are sometimes named carelessly (a
 * "read-more" wrapper holding the second half of the story), and losing half an article is
 * worse than keeping a share bar.
 */
final class Boilerplate {

    private static final Pattern NAMES = WordLists.nameWords("boilerplate-names.txt");
    private static final String ALWAYS = "figcaption, figure, button, nav, aside, form, footer, [role=navigation], "
            + "[role=complementary], [itemprop=author], [rel=author], .wp-caption-text";
    /** A named block is small when it holds under this share of the article's words... */
    private static final double SMALL_SHARE = 0.2;
    /** ...or is mostly link text (teasers), up to this share. */
    private static final double LINKED_SHARE = 0.4;

    private Boilerplate() {
    }

    /** Cleans {@code content} in place. */
    static void strip(Element content) {
        int total = Math.max(1, words(content.text()));
        for (Element e : content.select(ALWAYS)) {
            if (e == content || e.parent() == null) continue;
            if (words(e.text()) < total * SMALL_SHARE || linkDensity(e) > 0.5) e.remove();
        }
        for (Element e : content.getAllElements()) {
            if (e == content || e.parent() == null) continue;
            String names = e.className() + " " + e.id() + " " + e.attr(ReadabilityText.NAMES);
            if (names.isBlank() || !NAMES.matcher(names).find() || inProse(e)) continue;
            int w = words(e.text());
            if (w < total * SMALL_SHARE || (w < total * LINKED_SHARE && linkDensity(e) > 0.5)) e.remove();
        }
    }

    /** An inline element inside running text (a link styled as a "popup" note) is part of the sentence. */
    private static boolean inProse(Element e) {
        if (e.isBlock()) return false;
        Element parent = e.parent();
        return parent != null && !parent.ownText().isBlank();
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) return 0;
        int linked = 0;
        for (Element a : e.select("a")) linked += a.text().length();
        return Math.min(1.0, (double) linked / all);
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) n++;
            in = letter;
        }
        return n;
    }
}
