package io.dossier.analyze;

import io.dossier.model.Actor;
import io.dossier.model.ActorType;
import io.dossier.model.Analysis;
import io.dossier.model.Article;
import io.dossier.model.Quote;
import io.dossier.model.QuoteKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The sentence → expected speaker table ({@code src/test/resources/attribution/speakers.tsv}): each row is a short
 * passage of news English, run through the whole {@link Analyzer}, and what a reader expects of its last statement.
 *
 * <p>Columns (tab-separated): the passage ({@code \n} starts a new paragraph); the expected speaker — an actor's
 * name, {@code -} for an unnamed source, {@code (none)} when the passage holds no statement at all; the expected
 * description of an unnamed source (optional); the rule or pass the row exercises; then optional extra checks,
 * separated by {@code |}: {@code actor:NAME:TYPE} (an actor of that name and type), {@code alias:NAME:ALIAS}, {@code !alias:NAME:ALIAS},
 * {@code !actor:NAME} (no actor of that name), {@code !person:NAME} (no person of that name), {@code quotes:N}
 * (exactly N statements), {@code direct:N} (exactly N direct quotes), {@code !speaker:NAME} (no statement credited to NAME).
 */
class SpeakerTableTest {

    record Row(int line, String passage, String speaker, String description, String pass, List<String> checks) {
        @Override
        public String toString() {
            return "line " + line + " [" + pass + "] " + (passage.length() > 70 ? passage.substring(0, 70) + "…" : passage);
        }
    }

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SpeakerTableTest.class.getResourceAsStream("/attribution/speakers.tsv"), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 4) throw new IllegalStateException("speakers.tsv:" + n + ": four columns at least, got " + f.length);
                List<String> checks = f.length > 4 && !f[4].isBlank() ? Arrays.stream(f[4].split("\\|")).map(String::strip).toList() : List.of();
                out.add(Arguments.of(new Row(n, f[0].replace("\\n", "\n"), f[1].strip(), f[2].strip(), f[3].strip(), checks)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void speakerAsAReaderExpects(Row row) {
        List<String> paragraphs = List.of(row.passage().split("\n"));
        Analysis a = new Analyzer().analyze(new Article("Test", null, "2016-05-04", null, null, paragraphs));
        String got = describe(a);
        List<Quote> quotes = a.quotes();
        if (row.speaker().equals("(none)")) {
            assertTrue(quotes.isEmpty(), () -> "no statement expected; " + got);
        } else {
            assertFalse(quotes.isEmpty(), () -> "a statement expected; " + got);
            Quote q = quotes.get(quotes.size() - 1);
            if (row.speaker().equals("-")) {
                assertEquals(null, q.speaker(), () -> "an unnamed source expected; " + got);
                if (!row.description().isEmpty()) {
                    assertEquals(row.description().toLowerCase(Locale.ROOT),
                            q.speakerDescription() == null ? null : q.speakerDescription().toLowerCase(Locale.ROOT), got);
                }
            } else {
                assertEquals(row.speaker(), q.speaker(), got);
                assertNotNull(q.speakerId(), () -> "a named speaker is an actor; " + got);
                Actor actor = a.actors().stream().filter(x -> x.id().equals(q.speakerId())).findFirst().orElse(null);
                assertNotNull(actor, got);
                assertEquals(row.speaker(), actor.name(), got);
            }
        }
        for (String c : row.checks()) check(c, a, got);
    }

    private static void check(String c, Analysis a, String got) {
        String[] p = c.split(":", -1);
        switch (p[0]) {
            case "actor" -> {
                Actor x = actor(a, p[1]).orElse(null);
                assertNotNull(x, () -> "actor " + p[1] + " expected; " + got);
                if (p.length > 2) assertEquals(ActorType.valueOf(p[2].toUpperCase(Locale.ROOT)), x.type(), () -> p[1] + "; " + got);
            }
            case "alias" -> {
                Actor x = actor(a, p[1]).orElse(null);
                assertNotNull(x, () -> "actor " + p[1] + " expected; " + got);
                assertTrue(x.aliases().contains(p[2]), () -> p[1] + " should have the alias " + p[2] + "; " + got);
            }
            case "!alias" -> {
                Actor x = actor(a, p[1]).orElse(null);
                assertNotNull(x, () -> "actor " + p[1] + " expected; " + got);
                assertFalse(x.aliases().contains(p[2]), () -> p[1] + " should not have the alias " + p[2] + "; " + got);
            }
            case "!actor" -> assertTrue(actor(a, p[1]).isEmpty(), () -> "no actor " + p[1] + " expected; " + got);
            case "!person" -> assertTrue(actor(a, p[1]).filter(x -> x.type() == ActorType.PERSON).isEmpty(),
                    () -> p[1] + " is not a person; " + got);
            case "!speaker" -> assertTrue(a.quotes().stream().noneMatch(q -> p[1].equals(q.speaker())),
                    () -> p[1] + " is no speaker; " + got);
            case "!statement" -> assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith(p[1])),
                    () -> "no statement '" + p[1] + "' expected; " + got);
            case "quotes" -> assertEquals(Integer.parseInt(p[1]), a.quotes().size(), got);
            case "direct" -> assertEquals(Integer.parseInt(p[1]), a.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).count(), got);
            case "directBy" -> assertTrue(a.quotes().stream().anyMatch(q -> q.kind() == QuoteKind.DIRECT)
                    && a.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).allMatch(q -> p[1].equals(q.speaker())),
                    () -> "every direct quote by " + p[1] + "; " + got);
            default -> fail("unknown check " + c);
        }
    }

    private static Optional<Actor> actor(Analysis a, String name) {
        return a.actors().stream().filter(x -> x.name().equals(name)).findFirst();
    }

    private static String describe(Analysis a) {
        StringBuilder b = new StringBuilder("got quotes ");
        for (Quote q : a.quotes()) {
            b.append("[").append(q.kind()).append(" «").append(q.text()).append("» ").append(q.speaker())
                    .append(q.speaker() == null ? " (" + q.speakerDescription() + ")" : "").append("] ");
        }
        b.append("actors ");
        for (Actor x : a.actors()) b.append(x.name()).append("/").append(x.type().json()).append(x.aliases().isEmpty() ? "" : x.aliases()).append(" ");
        return b.toString();
    }
}
