package io.dossier.compose;

import io.dossier.model.Actor;
import io.dossier.model.ActorType;
import io.dossier.model.Analysis;
import io.dossier.model.ArticleInfo;
import io.dossier.model.Event;
import io.dossier.model.Quote;
import io.dossier.model.QuoteKind;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static io.dossier.compose.TextSanitizer.clean;

/** Turns an {@link Analysis} into the {@link Dossier} a reader gets: what goes where, worded. */
public final class Composer {

    static final int SIDEBAR_QUOTES = 3;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH);

    public Dossier compose(Analysis analysis, ComposeOptions options) {
        ArticleInfo article = analysis.article();
        List<String> paragraphs = map(article.paragraphs(), TextSanitizer::clean);
        // A hand-edited Analysis JSON may lack what an entry is shown by: an actor without a name,
        // a statement or figure without its text has nothing to show and is left out.
        List<Actor> named = analysis.actors().stream().filter(a -> a.name() != null && !a.name().isBlank()).toList();
        Map<String, Actor> actorsById = new HashMap<>();
        Map<String, Actor> actorsByName = new HashMap<>();
        for (Actor a : named) {
            if (a.id() != null) actorsById.put(a.id(), a);
            actorsByName.put(a.name(), a);
        }
        int[] paragraphStarts = paragraphStarts(article.paragraphs());
        List<Dossier.QuoteView> quotes = new ArrayList<>();
        for (Quote q : analysis.quotes()) {
            if (q.text() == null) continue;
            Actor speaker = q.speakerId() != null ? actorsById.get(q.speakerId()) : actorsByName.get(q.speaker());
            quotes.add(quoteView(q, speaker, paragraphOf(paragraphStarts, q.start())));
        }
        Map<String, Integer> statementsBySpeaker = new HashMap<>();
        for (Dossier.QuoteView q : quotes) statementsBySpeaker.merge(q.speaker(), 1, Integer::sum);

        List<Dossier.ActorView> actors = new ArrayList<>();
        for (Actor a : named) {
            actors.add(new Dossier.ActorView(a.id(), clean(a.name()), label(a.type()), clean(a.role()),
                    clean(a.affiliation()), a.mentions(), clean(String.join(", ", a.aliases())),
                    statementsBySpeaker.getOrDefault(clean(a.name()), 0)));
        }
        List<Dossier.ActorView> places = actors.stream().filter(a -> a.type().equals("Place")).toList();

        String title = clean(orElse(article.title(), "Untitled article"));
        Dossier.Sourcing sourcing = sourcing(quotes);
        List<Dossier.EventView> timeline = analysis.timeline().stream()
                .map(e -> new Dossier.EventView(clean(e.date()), clean(orElse(e.label(), orElse(e.date(), "Undated"))),
                        clean(orElse(e.text(), ""))))
                .toList();
        List<Dossier.FigureView> figures = analysis.figures().stream().filter(f -> f.value() != null)
                .map(f -> new Dossier.FigureView(clean(f.value()), clean(f.context()))).toList();

        return new Dossier(title, clean(article.source()), displayDate(article.date()), clean(article.url()),
                clean(article.byline()), clean(options.marking()), options.shownPaper(),
                STAMP.format(options.generatedAt()),
                glance(article, actors, quotes, sourcing, analysis.timeline()),
                map(analysis.summary(), TextSanitizer::clean), map(analysis.keyPoints(), TextSanitizer::clean),
                sidebar(quotes, named), actors, quotes, sourcing, timeline, places, figures,
                paragraphs, Sections.of(options.sections()), article.wordCount(), options.duplex(),
                options.page(), options.logo(), clean(options.watermark()));
    }

    private static Dossier.QuoteView quoteView(Quote q, Actor speaker, int paragraph) {
        boolean named = q.speaker() != null;
        String who = named ? clean(speaker != null ? speaker.name() : q.speaker())
                : clean(orElse(q.speakerDescription(), "Unnamed source"));
        String role = speaker != null ? clean(speaker.role()) : null;
        boolean reported = q.kind() == QuoteKind.INDIRECT;
        // A reported clause ("it also does not trust...") reads as a statement when capitalised.
        String text = reported ? capitalise(clean(q.text())) : clean(q.text());
        return new Dossier.QuoteView(text, reported ? "reported" : "direct",
                who, named, role, clean(q.cue()), paragraph);
    }

    /**
     * The statements that stand on their own beside the summary: full-sentence direct quotes by
     * named speakers first, the most salient speakers first and one per speaker before a second;
     * then shorter named quotes, named reported statements, unnamed sources. A fragment under
     * four words ("distressing", "a crisis") says nothing without its sentence and never shows.
     */
    private static List<Dossier.QuoteView> sidebar(List<Dossier.QuoteView> quotes, List<Actor> actors) {
        Map<String, Double> salience = new HashMap<>();
        for (Actor a : actors) salience.put(clean(a.name()), a.salience());
        Comparator<Dossier.QuoteView> order = Comparator
                .comparingInt(Composer::sidebarTier)
                .thenComparing(q -> -salience.getOrDefault(q.speaker(), 0.0));
        List<Dossier.QuoteView> ranked = quotes.stream().filter(q -> sidebarTier(q) < FRAGMENT).sorted(order).toList();
        List<Dossier.QuoteView> chosen = new ArrayList<>();
        java.util.Set<String> speakers = new java.util.HashSet<>();
        for (Dossier.QuoteView q : ranked) { // named direct quotes, one per speaker
            if (chosen.size() < SIDEBAR_QUOTES && sidebarTier(q) <= 1 && speakers.add(q.speaker())) chosen.add(q);
        }
        for (Dossier.QuoteView q : ranked) {
            if (chosen.size() < SIDEBAR_QUOTES && !chosen.contains(q)) chosen.add(q);
        }
        return chosen;
    }

    private static final int FRAGMENT = 9;

    /** 0 is best: a direct, named, full sentence; {@link #FRAGMENT} never shows. */
    static int sidebarTier(Dossier.QuoteView q) {
        String text = q.text() == null ? "" : q.text().strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        if (words < 4) return FRAGMENT;
        boolean sentence = words >= 6 && Character.isUpperCase(text.codePointAt(0));
        boolean direct = q.kind().equals("direct");
        if (direct && q.named()) return sentence ? 0 : 1;
        if (q.named()) return sentence ? 2 : 4;
        return direct && sentence ? 3 : 5;
    }

    private static Dossier.Sourcing sourcing(List<Dossier.QuoteView> quotes) {
        Map<String, Dossier.SourceRow> rows = new LinkedHashMap<>();
        int named = 0, direct = 0;
        for (Dossier.QuoteView q : quotes) {
            if (q.named()) named++;
            if (q.kind().equals("direct")) direct++;
            rows.merge(q.speaker() + (q.named() ? "" : "\u0000"), new Dossier.SourceRow(q.speaker(), q.named(), 1),
                    (a, b) -> new Dossier.SourceRow(a.name(), a.named(), a.statements() + 1));
        }
        List<Dossier.SourceRow> sorted = rows.values().stream()
                .sorted(Comparator.comparing((Dossier.SourceRow r) -> -r.statements())).toList();
        return new Dossier.Sourcing(named, quotes.size() - named, direct, quotes.size() - direct, sorted);
    }

    private static List<Dossier.Glance> glance(ArticleInfo article, List<Dossier.ActorView> actors,
                                               List<Dossier.QuoteView> quotes, Dossier.Sourcing sourcing,
                                               List<Event> timeline) {
        long people = actors.stream().filter(a -> a.type().equals("Person")).count();
        long orgs = actors.stream().filter(a -> a.type().equals("Organization")).count();
        long places = actors.stream().filter(a -> a.type().equals("Place")).count();
        int minutes = Math.max(1, (int) Math.round(article.wordCount() / 230.0));
        return List.of(
                new Dossier.Glance(String.format(Locale.ENGLISH, "%,d", article.wordCount()),
                        "words · " + minutes + " min read"),
                new Dossier.Glance(String.valueOf(actors.size()),
                        "actors · " + people + " people, " + orgs + " organizations, " + places + " places"),
                new Dossier.Glance(String.valueOf(quotes.size()),
                        "statements · " + sourcing.direct() + " direct, " + sourcing.indirect() + " reported"),
                new Dossier.Glance(String.valueOf(sourcing.anonymous()),
                        "unnamed " + (sourcing.anonymous() == 1 ? "source" : "sources") + " · "
                                + sourcing.named() + " named"),
                new Dossier.Glance(String.valueOf(timeline.size()), "dated events"));
    }

    static String label(ActorType type) {
        if (type == null) return "Unknown";
        return switch (type) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case PLACE -> "Place";
        };
    }

    private static String displayDate(String iso) {
        if (iso == null || iso.isBlank()) return null;
        try {
            return LONG_DATE.format(LocalDate.parse(iso.strip()));
        } catch (DateTimeParseException e) {
            return clean(iso);
        }
    }

    private static int[] paragraphStarts(List<String> paragraphs) {
        int[] starts = new int[paragraphs.size()];
        int offset = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            starts[i] = offset;
            offset += paragraphs.get(i).length() + 2;
        }
        return starts;
    }

    /** 1-based paragraph number holding a character offset, 0 when unknown. */
    private static int paragraphOf(int[] starts, int offset) {
        if (starts.length == 0 || offset < 0) return 0;
        int i = java.util.Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static String capitalise(String s) {
        if (s == null || s.isEmpty() || !Character.isLowerCase(s.codePointAt(0))) return s;
        return new StringBuilder(s.length()).appendCodePoint(Character.toUpperCase(s.codePointAt(0)))
                .append(s, Character.charCount(s.codePointAt(0)), s.length()).toString();
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    private static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list.stream().map(f).toList();
    }
}
