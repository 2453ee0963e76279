package io.dossier.analyze;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dossier.model.Actor;
import io.dossier.model.Analysis;
import io.dossier.model.AnalysisJson;
import io.dossier.model.Article;
import io.dossier.model.Quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyzer on any article ingest can produce: metadata of any text (the date too: ingest
 * keeps a date it cannot read as written), paragraphs of any characters but those ingest
 * removes (line breaks, control characters), trimmed and non-empty. It must return an
 * Analysis that keeps the JSON contract; any exception is a bug.
 *
 * <p>Seeds and past findings: {@code src/test/resources/io/dossier/analyze/AnalyzeFuzzTestInputs/analyze/}.
 */
class AnalyzeFuzzTest {

    private static final Analyzer ANALYZER = new Analyzer();

    @DictionaryEntries({" said ", " told ", " according to ", "“", "”", "\"", " the ", " Mr. ", " President ", " on Wednesday",
            " in July", " 2023", "Oct. 7, 2023", " million", " percent", "’s ", " — ", ", who ", " led by ", "-based "})
    @FuzzTest(maxDuration = "10m")
    void analyze(FuzzedDataProvider data) {
        String title = field(data);
        String source = field(data);
        String date = data.pickValue(new String[]{"", "2024-11-27", "iso", "text"});
        date = switch (date) {
            case "" -> null;
            case "iso" -> String.format("%04d-%02d-%02d", data.consumeInt(1, 9999), data.consumeInt(1, 12), data.consumeInt(1, 28));
            case "text" -> field(data);
            default -> date;
        };
        String url = field(data);
        String byline = field(data);
        List<String> paragraphs = new ArrayList<>();
        for (String p : data.consumeRemainingAsString().split("\n")) {
            String tidy = tidy(p);
            if (!tidy.isEmpty()) paragraphs.add(tidy);
        }
        if (paragraphs.isEmpty()) return;
        Article article = new Article(title, source, date, url, byline, paragraphs);
        Analysis analysis = ANALYZER.analyze(article);
        check(analysis, article.text().length());
    }

    /** The contract of the Analysis JSON (DESIGN.md) as a reader of it relies on it. */
    private static void check(Analysis a, int textLength) {
        Set<String> ids = new HashSet<>();
        for (Actor actor : a.actors()) {
            assertNotNull(actor.name(), "actor without a name");
            assertFalse(actor.name().isBlank(), "actor with a blank name");
            assertTrue(actor.id() == null || ids.add(actor.id()), "two actors with id " + actor.id());
            assertTrue(actor.mentions() >= 0, "negative mentions");
        }
        for (Quote q : a.quotes()) {
            assertNotNull(q.text(), "quote without text");
            assertNotNull(q.kind(), "quote without kind");
            assertTrue(q.speakerId() == null || ids.contains(q.speakerId()), "speakerId " + q.speakerId() + " names no actor");
            assertTrue(0 <= q.start() && q.start() <= q.end() && q.end() <= textLength,
                    "quote offsets " + q.start() + ".." + q.end() + " outside the text of " + textLength);
        }
        a.summary().forEach(s -> assertNotNull(s, "null summary sentence"));
        a.keyPoints().forEach(s -> assertNotNull(s, "null key point"));
        assertNotNull(AnalysisJson.write(a));
    }

    private static String field(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : tidy(data.consumeString(80));
    }

    /** What ingest does to every paragraph: no control characters or line breaks, spaces collapsed, trimmed. */
    static String tidy(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t') {
                space = true;
            } else if (Character.getType(c) != Character.CONTROL) {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
