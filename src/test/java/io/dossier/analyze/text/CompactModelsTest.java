package io.dossier.analyze.text;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compact models the build writes split sentences, tokenize and tag exactly as the OpenNLP originals do
 * (the tagger greedy, beam 1, against the original's beam of 3).
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
    void compactSentenceModelSplitsTheSampleExactlyAsTheOriginal() throws Exception {
        SentenceDetectorME a;
        SentenceDetectorME b;
        try (InputStream in = resource(Language.SENTENCE_MODEL)) {
            a = new SentenceDetectorME(new SentenceModel(in));
        }
        b = new SentenceDetectorME(CompactModels.readSentences(compact(CompactModels.SENTENCES)));
        String text = TEXT + "\nDr. Smith arrived at 5 p.m. on Monday! Did he? Yes... \"Quite so.\" she said.";
        assertArrayEquals(a.sentPosDetect(text), b.sentPosDetect(text));
        assertArrayEquals(a.getSentenceProbabilities(), b.getSentenceProbabilities(), 0.0);
        assertTrue(b.sentPosDetect(text).length > 15, "split into sentences");
    }

    @Test
    void compactTokenizerSplitsTheSampleExactlyAsTheOriginal() throws Exception {
        TokenizerME a;
        TokenizerME b;
        try (InputStream in = resource(Language.TOKEN_MODEL)) {
            a = new TokenizerME(new TokenizerModel(in));
        }
        b = new TokenizerME(CompactModels.readTokens(compact(CompactModels.TOKENS)));
        int sentences = 0;
        for (var span : Language.sentences(TEXT)) {
            String sentence = span.getCoveredText(TEXT).toString();
            assertArrayEquals(a.tokenizePos(sentence), b.tokenizePos(sentence), sentence);
            assertArrayEquals(a.getTokenProbabilities(), b.getTokenProbabilities(), 0.0, sentence);
            sentences++;
        }
        assertTrue(sentences > 15, "tokenized " + sentences + " sentences");
    }

    @Test
    void compactTaggerTagsTheSampleExactlyAsTheOriginal() throws Exception {
        POSModel original;
        POSModel compact;
        try (InputStream in = resource(Language.POS_MODEL)) {
            original = new POSModel(in);
        }
        compact = CompactModels.readPos(compact(CompactModels.POS));
        POSTaggerME a = new POSTaggerME(original);
        POSTaggerME b = new POSTaggerME(compact);
        int sentences = 0;
        for (var span : Language.sentences(TEXT)) {
            String sentence = span.getCoveredText(TEXT).toString();
            String[] tokens = Arrays.stream(Language.tokens(sentence))
                    .map(t -> t.getCoveredText(sentence).toString()).toArray(String[]::new);
            assertArrayEquals(a.tag(tokens), b.tag(tokens), sentence);
            assertArrayEquals(a.probs(), b.probs(), 0.0, sentence);
            sentences++;
        }
        assertTrue(sentences > 15, "tagged " + sentences + " sentences");
    }
}
