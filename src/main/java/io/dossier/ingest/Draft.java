package io.dossier.ingest;

import io.dossier.model.Article;

import java.util.List;

/** An article while it is being read: metadata may still be missing and is filled from several places. */
record Draft(String title, String source, String date, String url, String byline, List<String> paragraphs) {

    Draft withMissing(FrontMatter.Fields f) {
        return new Draft(first(title, f.title()), first(source, f.source()), first(date, f.date()),
                first(url, f.url()), first(byline, f.byline()), paragraphs);
    }

    Draft withParagraphs(List<String> ps) {
        return new Draft(title, source, date, url, byline, ps);
    }

    Draft withUrl(String u) {
        return new Draft(title, source, date, u, byline, paragraphs);
    }

    Draft withTitle(String t) {
        return new Draft(t, source, date, url, byline, paragraphs);
    }

    Article toArticle() {
        return new Article(blankToNull(title), blankToNull(source), Dates.normalize(date), blankToNull(url),
                blankToNull(byline), paragraphs);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
