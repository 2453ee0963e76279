package io.dossier.compose;

import java.util.List;

/**
 * Everything the templates show, already worded for a reader: the templates only place it.
 * All strings are safe to put in XML (see {@link TextSanitizer}); escaping is the
 * template engine's job. {@code duplex}: laid out for two-sided printing ({@code duplex.css}).
 */
public record Dossier(String title, String source, String date, String url, String byline,
                      String marking, Paper paper, String generatedAt,
                      List<Glance> glance, List<String> summary, List<String> keyPoints,
                      List<QuoteView> sidebarQuotes, List<ActorView> actors, List<QuoteView> quotes,
                      Sourcing sourcing, List<EventView> timeline, List<ActorView> places,
                      List<FigureView> figures, List<String> paragraphs, List<Section> sections,
                      int wordCount, boolean duplex) {

    /** Paper sizes we print on; {@code css} is the CSS {@code @page size}. */
    public enum Paper {
        A4("A4"), LETTER("letter");

        private final String css;

        Paper(String css) {
            this.css = css;
        }

        public String getCss() {
            return css;
        }
    }

    public record Glance(String value, String label) {
    }

    public record ActorView(String id, String name, String type, String role, String affiliation,
                            int mentions, String aliases, int statements) {
    }

    public record QuoteView(String text, String kind, String speaker, boolean named, String role,
                            String cue, int paragraph) {
    }

    public record Sourcing(int named, int anonymous, int direct, int indirect, List<SourceRow> sources) {
    }

    public record SourceRow(String name, boolean named, int statements) {
    }

    public record EventView(String date, String label, String text) {
    }

    public record FigureView(String value, String context) {
    }

    /** A top-level section: its anchor id (for contents links and bookmarks) and heading. */
    public record Section(String id, String title) {
    }

    public boolean hasActorChart() {
        return !actors.isEmpty();
    }

    public boolean hasTimelineChart() {
        return timeline.stream().anyMatch(e -> e.date() != null && e.date().matches("\\d{4}(-\\d{2}){0,2}"));
    }
}
