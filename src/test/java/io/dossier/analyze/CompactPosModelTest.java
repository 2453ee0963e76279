package io.dossier.analyze;

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
 * The compact part-of-speech model the build writes (greedy, beam 1) tags exactly as the
 * OpenNLP original with its beam of 3 does.
 */
class CompactPosModelTest {

    @Test
    void compactModelTagsTheSampleExactlyAsTheOriginal() throws Exception {
        POSModel original;
        POSModel compact;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Language.POS_MODEL)) {
            original = new POSModel(in);
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CompactPosModel.RESOURCE)) {
            assertNotNull(in, "the build writes " + CompactPosModel.RESOURCE);
            compact = CompactPosModel.read(in);
        }
        POSTaggerME a = new POSTaggerME(original);
        POSTaggerME b = new POSTaggerME(compact);
        String text = Files.readString(Path.of("samples/cairo-talks.txt"))
                + "\nThe Vermont senator, who lost the primaries, told reporters he'd vote “yes” — twice.";
        int sentences = 0;
        for (var span : Language.sentences(text)) {
            String sentence = span.getCoveredText(text).toString();
            String[] tokens = java.util.Arrays.stream(Language.tokens(sentence))
                    .map(t -> t.getCoveredText(sentence).toString()).toArray(String[]::new);
            assertArrayEquals(a.tag(tokens), b.tag(tokens), sentence);
            assertArrayEquals(a.probs(), b.probs(), 0.0, sentence);
            sentences++;
        }
        assertTrue(sentences > 15, "tagged " + sentences + " sentences");
    }
}
