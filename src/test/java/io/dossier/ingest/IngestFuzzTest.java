package io.dossier.ingest;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dossier.BadInputException;
import io.dossier.model.Article;

import java.io.ByteArrayInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any bytes, in each format, through the front door {@code dossier} itself uses: the result is
 * an {@link Article} the later stages can rely on, or a {@link BadInputException} whose message
 * is the one clear line the command line prints. Any other exception is a bug.
 *
 * <p>Without {@code JAZZER_FUZZ} each test replays its seeds and past findings in
 * {@code src/test/resources/io/dossier/ingest/IngestFuzzTestInputs/METHOD/}; {@code bench/fuzz}
 * fuzzes them, with the tokens of {@code ingest.dict} beside them.
 */
class IngestFuzzTest {

    private static final ArticleReader READER = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, warning -> {
        assertTrue(warning.startsWith("fuzz: ") && !warning.contains("\n"), "a warning is one line naming the input: " + warning);
    });

    @DictionaryFile(resourcePath = "ingest.dict")
    @FuzzTest(maxDuration = "10m")
    void text(byte[] input) {
        read(input, "txt");
    }

    @DictionaryFile(resourcePath = "ingest.dict")
    @FuzzTest(maxDuration = "10m")
    void markdown(byte[] input) {
        read(input, "md");
    }

    @DictionaryFile(resourcePath = "ingest.dict")
    @FuzzTest(maxDuration = "10m")
    void html(byte[] input) {
        read(input, "html");
    }

    @DictionaryFile(resourcePath = "ingest.dict")
    @FuzzTest(maxDuration = "10m")
    void json(byte[] input) {
        read(input, "json");
    }

    /** Standard input without a format hint: the format is guessed from the content. */
    @DictionaryFile(resourcePath = "ingest.dict")
    @FuzzTest(maxDuration = "10m")
    void sniffed(byte[] input) {
        read(input, null);
    }

    private static void read(byte[] input, String format) {
        Article article;
        try {
            article = READER.read(new ByteArrayInputStream(input), format, "fuzz");
        } catch (BadInputException e) {
            String m = e.getMessage();
            assertTrue(m.startsWith("fuzz: ") && !m.contains("\n") && !m.contains("\r"), "one line naming the input: " + m);
            return;
        }
        // What analysis and the appendix rely on: some paragraphs, each one trimmed line of text.
        assertFalse(article.paragraphs().isEmpty(), "no paragraphs");
        for (String p : article.paragraphs()) {
            assertFalse(p.isBlank(), "blank paragraph");
            assertEquals(p.strip(), p, "paragraph not trimmed");
            assertFalse(p.contains("\n"), "line break inside a paragraph");
        }
        assertTrue(article.date() == null || !article.date().isBlank(), "blank date");
    }
}
