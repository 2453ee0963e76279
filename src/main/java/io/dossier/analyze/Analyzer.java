package io.dossier.analyze;

import io.dossier.model.Analysis;
import io.dossier.model.Article;
import io.dossier.model.ArticleInfo;

import java.util.ArrayList;
import java.util.List;

/** Turns an {@link Article} into an {@link Analysis}. (First cut: lead sentences only.) */
public final class Analyzer {

    public Analysis analyze(Article article) {
        String text = article.text();
        List<String> summary = new ArrayList<>();
        for (var s : Language.sentences(text)) {
            if (summary.size() == 3) break;
            summary.add(s.getCoveredText(text).toString());
        }
        String title = article.title() != null ? article.title() : summary.get(0);
        Article titled = new Article(title, article.source(), article.date(), article.url(), article.byline(), article.paragraphs());
        return new Analysis(null, ArticleInfo.of(titled), summary, summary, List.of(), List.of(), List.of(), List.of());
    }
}
