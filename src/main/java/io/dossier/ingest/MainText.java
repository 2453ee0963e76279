package io.dossier.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The article's paragraphs in a page: Readability's pick (readability4j) as the main path, the
 * densest block when Readability returns nothing, or a short pick with far less than the densest block holds
 * (it sometimes settles on a disclaimer or a notice beside a story it scored lower),
 * then the same clean-up for both (captions, named furniture blocks, teaser lines).
 */
final class MainText {

    /** Readability's pick is kept unless it is short (under this many words)... */
    private static final int FALLBACK_BELOW = 200;
    /** ...and the densest block has this many times its words: a long pick is an article, and a
     * densest block longer still is more often a comment thread or a list of teasers. */
    private static final int FALLBACK_RATIO = 3;

    private MainText() {
    }

    /** @param doc a page already cleaned by {@link PageCleaner}; not changed. */
    static List<String> paragraphs(Document doc, String url, String title) {
        Element readability = ReadabilityText.articleContent(doc, url);
        List<String> a = readability == null ? List.of() : clean(readability, title);
        Document copy = doc.clone();
        Element densest = DensestBlock.find(copy.body());
        if (densest != null) {
            List<String> b = clean(densest, title);
            if (words(a) < FALLBACK_BELOW && words(a) * FALLBACK_RATIO < words(b)) return b;
        }
        // Readability found nothing and no block stands out: the page's whole text, for the
        // caller to judge (an index page, a stub) rather than an empty result
        return a.isEmpty() ? clean(copy.body(), title) : a;
    }

    private static List<String> clean(Element content, String title) {
        Boilerplate.strip(content);
        return TeaserLines.filter(Blocks.paragraphs(content), title);
    }

    static int words(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) n += Boilerplate.words(p);
        return n;
    }
}
