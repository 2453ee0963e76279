package io.dossier;

import io.dossier.model.Actor;
import io.dossier.model.ActorType;
import io.dossier.model.Analysis;
import io.dossier.model.ArticleInfo;
import io.dossier.model.Event;
import io.dossier.model.Figure;
import io.dossier.model.Quote;
import io.dossier.model.QuoteKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses written by hand for render-stage tests: the render stage is tested alone, with
 * plain inputs of every kind the Analysis contract allows, whatever the analyzer finds.
 */
public final class Fixtures {

    public static final Path SAMPLE = Path.of("samples/cairo-talks.txt");

    private Fixtures() {
    }

    public static List<String> sampleParagraphs() {
        try {
            return Files.readAllLines(SAMPLE).stream().filter(l -> !l.isBlank()).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ArticleInfo article(String title, List<String> paragraphs) {
        int words = paragraphs.stream().mapToInt(p -> p.split("\\s+").length).sum();
        return new ArticleInfo(title, "Reuters", "2024-11-27", null, null, words, paragraphs);
    }

    /** The sample article as a careful human analyst would annotate it. */
    public static Analysis sample() {
        List<String> ps = sampleParagraphs();
        String text = String.join("\n\n", ps);
        String quote = "The meeting will discuss the Israeli aggression on the Gaza Strip and the challenges facing the Palestinian cause,";
        int qs = text.indexOf(quote);
        List<Actor> actors = List.of(
                new Actor("a1", "Hamas", ActorType.ORGANIZATION, List.of("Hamas"), 9, 0.92, "Islamist group", null),
                new Actor("a2", "Gaza", ActorType.PLACE, List.of("Gaza Strip"), 9, 0.8, null, null),
                new Actor("a3", "Fatah", ActorType.ORGANIZATION, List.of(), 5, 0.7, "party", null),
                new Actor("a4", "Taher Al-Nono", ActorType.PERSON, List.of("Nono"), 2, 0.6, "Hamas media official", "Hamas"),
                new Actor("a5", "Israel", ActorType.PLACE, List.of(), 5, 0.55, null, null),
                new Actor("a6", "Mahmoud Abbas", ActorType.PERSON, List.of("Abbas"), 2, 0.5, "Palestinian President", "Fatah"),
                new Actor("a7", "Khalil Al-Hayya", ActorType.PERSON, List.of(), 1, 0.4, "second-in-command and chief negotiator", "Hamas"),
                new Actor("a8", "Mahmoud Al-Aloul", ActorType.PERSON, List.of(), 1, 0.35, "Fatah's second-in-command", "Fatah"),
                new Actor("a9", "Palestinian Authority", ActorType.ORGANIZATION, List.of(), 1, 0.3, null, null),
                new Actor("a10", "Egypt", ActorType.PLACE, List.of("Cairo"), 5, 0.45, null, null),
                new Actor("a11", "West Bank", ActorType.PLACE, List.of(), 2, 0.25, null, null),
                new Actor("a12", "Reuters", ActorType.ORGANIZATION, List.of(), 1, 0.1, "news agency", null));
        List<Quote> quotes = List.of(
                new Quote(quote, QuoteKind.DIRECT, "Taher Al-Nono", "a4", null, "said", qs, qs + quote.length()),
                new Quote("Leaders from Hamas and Fatah discussed plans for cooperation after the war in Gaza",
                        QuoteKind.INDIRECT, null, null, "a Hamas official", "told", 0, 100),
                new Quote("The Hamas delegation is led by Khalil Al-Hayya", QuoteKind.INDIRECT, "Taher Al-Nono", "a4",
                        null, "said", text.indexOf("The Hamas delegation"), text.indexOf("The Hamas delegation") + 40),
                new Quote("the Fatah delegation was led by Fatah's second-in-command, Mahmoud Al-Aloul", QuoteKind.INDIRECT,
                        null, null, "a Palestinian official", "said", text.indexOf("the Fatah delegation"), text.indexOf("the Fatah delegation") + 70),
                new Quote("Egypt was urging both sides to agree on a mechanism to manage the crossing", QuoteKind.INDIRECT,
                        null, null, "Egyptian security officials", "said", text.indexOf("Egypt was urging"), text.indexOf("Egypt was urging") + 60));
        List<Event> timeline = List.of(
                new Event("2007", "2007", "Hamas seized control of Gaza in a brief conflict with Fatah."),
                new Event("2023-10-07", "Oct. 7, 2023", "Hamas-led attack on southern Israeli communities."),
                new Event("2024-05", "May", "The Rafah crossing on Egypt's border with Gaza closed."),
                new Event("2024-07", "July", "Hamas and Fatah met in China and agreed steps toward a unity government."),
                new Event("2024-11-27", "Wednesday", "New round of Hamas–Fatah talks in Cairo."));
        List<Figure> figures = List.of(new Figure("2.3 million", "Gaza's 2.3 million residents"));
        return new Analysis(null, article("Hamas and Fatah discuss post-war Gaza in Cairo talks", ps),
                List.of(ps.get(0), ps.get(1), ps.get(5)),
                List.of("Hamas and Fatah held new talks in Cairo on post-war Gaza.",
                        "Israel rules out any role for Hamas in post-war administration.",
                        "Egypt wants a mechanism to reopen the Rafah crossing, closed since May."),
                actors, quotes, timeline, figures);
    }

    public static Analysis withQuotes(Analysis a, List<Quote> quotes) {
        return new Analysis(null, a.article(), a.summary(), a.keyPoints(), a.actors(), quotes, a.timeline(), a.figures());
    }

    public static Analysis withActors(Analysis a, List<Actor> actors) {
        return new Analysis(null, a.article(), a.summary(), a.keyPoints(), actors, a.quotes(), a.timeline(), a.figures());
    }

    public static Analysis withArticle(Analysis a, ArticleInfo article) {
        return new Analysis(null, article, a.summary(), a.keyPoints(), a.actors(), a.quotes(), a.timeline(), a.figures());
    }

    /** 40 actors of every type with long roles. */
    public static List<Actor> fortyActors() {
        List<Actor> actors = new ArrayList<>();
        ActorType[] types = ActorType.values();
        for (int i = 1; i <= 40; i++) {
            actors.add(new Actor("a" + i, "Actor Number " + i + " " + "Xyzzy".repeat(i % 3),
                    types[i % 3], List.of("Alias " + i), 41 - i, (41 - i) / 40.0,
                    "deputy minister for regional cooperation and development affairs " + i, "Coalition " + (i % 5)));
        }
        return actors;
    }

    /** About {@code words} words of plausible news prose in paragraphs of ~80 words. */
    public static List<String> longArticle(int words) {
        List<String> base = sampleParagraphs();
        List<String> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; n < words; i++) {
            String p = base.get(i % base.size()) + " " + base.get((i + 3) % base.size());
            out.add(p);
            n += p.split("\\s+").length;
        }
        return out;
    }
}
