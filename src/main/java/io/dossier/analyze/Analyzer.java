package io.dossier.analyze;

import io.dossier.analyze.text.Document;

import io.dossier.analyze.quote.Attribution;
import io.dossier.analyze.quote.Candidate;
import io.dossier.analyze.quote.QuoteExtractor;
import io.dossier.model.Actor;
import io.dossier.model.Analysis;
import io.dossier.model.Article;
import io.dossier.model.ArticleInfo;
import io.dossier.model.Event;
import io.dossier.model.Figure;
import io.dossier.model.Quote;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Turns an {@link Article} into an {@link Analysis}: one pass of tagging, then each extractor on the shared {@link Doc}. */
public final class Analyzer {

    public Analysis analyze(Article article) {
        return trace(article).analysis();
    }

    /**
     * The analysis with the statements as the quote rules found them, in the order of {@link Analysis#quotes()},
     * each naming the rule that chose its speaker: for the benchmarks and diagnostics.
     */
    public record Traced(Analysis analysis, List<Attribution> attributions) {
    }

    public Traced trace(Article article) {
        Document doc = Document.of(article);
        List<Entity> entities = new ActorExtractor().extract(doc);
        List<Attribution> attributions = new QuoteExtractor().extract(doc, candidates(entities, doc));
        QuoteMapper quoteMapper = new QuoteMapper(entities, attributions);
        SpeakerActors.addMissing(entities, quoteMapper, attributions, doc);
        // whoever speaks is an actor, however little else gave the name away
        entities.removeIf(e -> e.quotes == 0 && (e.type == null || !Plausibility.keep(e, doc)));
        List<Salience.Ranked> ranked = Salience.rank(entities, doc.sentences().size());
        Map<Entity, String> ids = new IdentityHashMap<>();
        for (Salience.Ranked r : ranked) ids.put(r.entity(), r.actor().id());
        List<Actor> actors = ranked.stream().map(Salience.Ranked::actor).toList();
        List<Quote> quotes = quoteMapper.quotes(attributions, ids);
        List<Event> timeline = new TimelineExtractor().extract(doc, article.date());
        List<Figure> figures = new FigureExtractor().extract(doc);
        Summarizer.Result summary = new Summarizer().summarize(doc, actors, quotes, figures);
        return new Traced(new Analysis(null, ArticleInfo.of(article), summary.summary(), summary.keyPoints(), actors, quotes,
                timeline, figures), attributions);
    }

    /**
     * Every mention of every entity, as the quote rules choose speakers among them, with whether anything besides
     * capitals vouches for the entity ({@link Plausibility}).
     */
    private static List<Candidate> candidates(List<Entity> entities, Document doc) {
        List<Candidate> out = new java.util.ArrayList<>();
        for (int k = 0; k < entities.size(); k++) {
            Entity e = entities.get(k);
            boolean vouched = e.type != null && Plausibility.keep(e, doc);
            for (Mention m : e.mentions) if (!m.weak()) out.add(new Candidate(m.start(), m.end(), k, e.name, e.type, vouched));
        }
        return out;
    }
}
