package io.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** The Analysis JSON contract ({@code dossier-analysis/1}); see DESIGN.md. */
@JsonPropertyOrder({"schema", "article", "summary", "keyPoints", "actors", "quotes", "timeline", "figures"})
public record Analysis(String schema, ArticleInfo article, List<String> summary, List<String> keyPoints,
                       List<Actor> actors, List<Quote> quotes, List<Event> timeline, List<Figure> figures) {

    public static final String SCHEMA = "dossier-analysis/1";

    public Analysis {
        schema = schema == null ? SCHEMA : schema;
        summary = summary == null ? List.of() : List.copyOf(summary);
        keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
        actors = actors == null ? List.of() : List.copyOf(actors);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
