package io.dossier.compose;

import java.util.List;

/**
 * A briefing book: several articles in one document. Each article is a composed
 * {@link Dossier} shown as one section; the actor index lists every actor once with the
 * articles it appears in. Anchor ids are unique across the book (prefixed {@code b1-},
 * {@code b2-}, ...) so contents, index and bookmarks can link to them.
 */
public record Book(String title, String marking, Dossier.Paper paper, String generatedAt, String author,
                   List<Entry> articles, List<IndexEntry> index, List<Dossier.ActorView> combinedActors,
                   List<Dossier.Glance> glance, boolean duplex, List<String> parts, boolean hasIndex, boolean hasTimeline,
                   PageSetup page, String logo, String watermark) {

    /** The parts of an article a book can show ({@code --sections} picks and orders them). */
    static final List<String> ARTICLE_PARTS = List.of("summary", "actors", "quotes");

    /**
     * One article: its number (1-based), its anchor prefix ({@code b1}), its dossier, and
     * for each of {@code dossier.actors()} (same order) the anchor id of its row.
     */
    public record Entry(int number, String id, Dossier dossier, List<String> actorAnchors, String chart) {
        public String shortTitle() {
            String t = dossier.title();
            return t.length() <= 70 ? t : t.substring(0, 69).strip() + "…";
        }
    }

    /** An actor of the index and where it appears. */
    public record IndexEntry(String name, String type, int mentions, List<Ref> refs) {
    }

    /** An appearance: article number and the anchor of the actor's row in that article. */
    public record Ref(int article, String anchor) {
    }

    /** Chart name of the actor chart over all articles. */
    public static final String COMBINED_CHART = "actors-all";

    public boolean hasCombinedChart() {
        return !combinedActors.isEmpty();
    }
}
