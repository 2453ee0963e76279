package io.dossier.analyze;

import io.dossier.Fixtures;
import io.dossier.bench.Shapes;
import io.dossier.model.Actor;
import io.dossier.model.Analysis;
import io.dossier.model.Quote;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes that once ran out of memory or hung (issue 9) complete with a sensible analysis. How fast they run
 * is measured by {@code bench/scale}, not here.
 */
class PathologicalShapesTest {

    private final Analyzer analyzer = new Analyzer();
    private final List<Shapes.Shape> shapes = Shapes.pathological(Fixtures.sampleParagraphs());

    private Analysis analyze(int shape) {
        return analyzer.analyze(shapes.get(shape).article());
    }

    private static List<String> names(Analysis a) {
        return a.actors().stream().map(Actor::name).toList();
    }

    @Test
    void oneSentenceOfThousandsOfSaidClauses() {
        Analysis a = analyze(0);
        assertTrue(names(a).containsAll(List.of("Mahmoud Abbas", "Maria Lopez", "Taher Al-Nono")), names(a).toString());
        assertFalse(a.quotes().isEmpty());
        for (Quote q : a.quotes()) {
            assertTrue(q.end() - q.start() < 5_000, "a reported statement stays within its (bounded) sentence");
        }
        assertTrue(a.quotes().stream().anyMatch(q -> "Maria Lopez".equals(q.speaker())));
    }

    @Test
    void aParagraphOfThousandsOfDates() {
        Analysis a = analyze(1);
        assertTrue(a.timeline().size() > 100, "dates found: " + a.timeline().size());
        a.timeline().forEach(e -> {
            if (e.date().length() == 10) LocalDate.parse(e.date());
        });
        assertTrue(a.timeline().stream().anyMatch(e -> e.date().startsWith("1990")));
    }

    @Test
    void aMegabyteWithoutAFullStop() {
        Analysis a = analyze(2);
        assertTrue(names(a).containsAll(List.of("Hamas", "Fatah", "Cairo")), names(a).toString());
        assertFalse(a.summary().isEmpty());
    }

    @Test
    void aThreeMegabyteParagraph() {
        Analysis a = analyze(3);
        assertTrue(names(a).containsAll(List.of("Taher Al-Nono", "Hamas", "Fatah", "Palestinian Authority")), names(a).toString());
        assertTrue(a.quotes().stream().anyMatch(q -> "Taher Al-Nono".equals(q.speaker()) && q.kind().name().equals("DIRECT")));
        assertFalse(a.summary().isEmpty());
    }

    @Test
    void thousandsOfPeopleNamedOnceEach() {
        Analysis a = analyze(4);
        // each is one actor, the title form an alias of the full name, and none is a quoted title
        Actor first = a.actors().stream().filter(x -> x.name().contains(" ")).findFirst().orElseThrow();
        String surname = first.name().split(" ")[0];
        assertTrue(first.aliases().stream().anyMatch(al -> al.endsWith(surname)), first.toString());
        assertFalse(names(a).stream().anyMatch(n -> n.startsWith("Quoted Title")), "quoted titles are no actors");
        assertFalse(a.summary().isEmpty());
    }

    @Test
    void thousandsOfBodiesSharingTheirWords() {
        Analysis a = analyze(5);
        // each is one organization and speaks its own quote
        assertTrue(names(a).containsAll(List.of("Acme0 Holdings", "Acme9999 Holdings")), names(a).subList(0, 5).toString());
        assertTrue(a.quotes().stream().anyMatch(q -> "Acme9999 Holdings".equals(q.speaker())), "the last body speaks");
        assertFalse(a.summary().isEmpty());
    }

    @Test
    void thousandsOfNamesakes() {
        Analysis a = analyze(6);
        // a lone "Smith" is a Smith named in full, never an actor of its own
        assertFalse(names(a).contains("Smith"), "a lone surname is one of the namesakes");
        assertTrue(a.actors().stream().anyMatch(x -> x.name().endsWith(" Smith") && x.aliases().contains("Smith")), "the first Smith is called Smith");
        assertFalse(a.summary().isEmpty());
    }
}
