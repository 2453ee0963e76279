package io.dossier.model;

import java.util.List;

/** The "article" object of the Analysis JSON. */
public record ArticleInfo(String title, String source, String date, String url, String byline,
                          int wordCount, List<String> paragraphs) {

    public ArticleInfo {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    public static ArticleInfo of(Article a) {
        return new ArticleInfo(a.title(), a.source(), a.date(), a.url(), a.byline(), a.wordCount(), a.paragraphs());
    }

    public Article toArticle() {
        return new Article(title, source, date, url, byline, paragraphs);
    }
}
