package io.dossier.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * HTML pages: metadata from the page ({@link PageMetadata}), the article's paragraphs from its
 * main text ({@link MainText}), and a refusal when what was found is not an article
 * ({@link ArticleCheck}).
 */
final class HtmlParser {

    private HtmlParser() {
    }

    /** @param name the input's name for messages; @param pageUrl the page's address when it was fetched, else null. */
    static Draft parse(String html, String name, String pageUrl) {
        Document doc = pageUrl == null ? Jsoup.parse(html) : Jsoup.parse(html, pageUrl);
        DeepNesting.flatten(doc);
        PageMetadata meta = PageMetadata.read(doc, pageUrl);
        PageCleaner.clean(doc);
        List<String> paragraphs = MainText.paragraphs(doc, pageUrl, meta.title());
        if (!paragraphs.isEmpty()) ArticleCheck.require(paragraphs, doc, name);
        return new Draft(meta.title(), meta.source(), meta.date(), meta.url(), meta.byline(), paragraphs);
    }
}
