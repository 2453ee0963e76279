package io.dossier.ingest;

import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article element Mozilla's Readability algorithm (readability4j) finds in a page, or null. */
final class ReadabilityText {

    private ReadabilityText() {
    }

    /** The attribute that keeps an element's class and id names through Readability, which removes classes. */
    static final String NAMES = "data-dossier-names";

    /**
     * Works on a copy: Readability rewrites the document it is given. Class and id names are
     * copied to {@link #NAMES} first, so the clean-up after it can still tell a share bar by its name.
     */
    static Element articleContent(Document doc, String url) {
        Document copy = doc.clone();
        for (Element e : copy.body().getAllElements()) {
            String names = (e.className() + " " + e.id()).strip();
            if (!names.isEmpty()) e.attr(NAMES, names);
        }
        try {
            var article = new Readability4J(url == null ? "" : url, copy).parse();
            return article.getArticleContent();
        } catch (RuntimeException e) {
            return null; // a page it cannot handle gets the fallback extractor, not an error
        }
    }
}
