package io.dossier.analyze.text;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compact part-of-speech model the build writes tags exactly as the OpenNLP original does (greedy, beam 1,
 * against the original's beam of 3), on the sentences and tokens analysis gives it.
 */
class CompactModelsTest {

    private static final String TEXT = readSample()
            + "\nThe Vermont senator, who lost the primaries, told reporters he'd vote “yes” — twice (on Jan. 3rd, 2016).";

    private static String readSample() {
        try {
            return Files.readString(Path.of("samples/cairo-talks.txt"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CompactModelsTest.class.getClassLoader().getResourceAsStream(name);
        assertNotNull(in, name + " on the classpath (the build writes the compact ones)");
        return in;
    }

    /** A compact model the build wrote. */
    private static byte[] compact(String name) throws java.io.IOException {
        try (InputStream in = resource(CompactModels.FOLDER + "/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void compactTaggerTagsTheSampleExactlyAsTheOriginal() throws Exception {
        POSModel original;
        POSModel compact;
        try (InputStream in = resource(CompactModels.SOURCE_POS)) {
            original = new POSModel(in);
        }
        compact = CompactModels.readPos(compact(CompactModels.POS));
        POSTaggerME a = new POSTaggerME(original);
        POSTaggerME b = new POSTaggerME(compact);
        int sentences = 0;
        for (Sentence s : Document.of(TEXT).sentences()) {
            String sentence = s.text();
            String[] tokens = s.tokens().stream().map(Token::text).toArray(String[]::new);
            assertArrayEquals(a.tag(tokens), b.tag(tokens), sentence);
            assertArrayEquals(a.probs(), b.probs(), 0.0, sentence);
            sentences++;
        }
        assertTrue(sentences > 15, "tagged " + sentences + " sentences");
    }

    @Test
    void greedyTaggerTagsAsTheOneWordBeam() throws Exception {
        POSModel compact = CompactModels.readPos(compact(CompactModels.POS));
        POSTaggerME beam = new POSTaggerME(compact);
        GreedyTagger greedy = new GreedyTagger(compact);
        int tokens = 0;
        for (Sentence s : Document.of(TEXT).sentences()) {
            String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
            assertArrayEquals(beam.tag(words), greedy.tag(words), s.text());
            tokens += words.length;
        }
        assertTrue(tokens > 300, "tagged " + tokens + " tokens");
    }
}
