package io.dossier.analyze.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {
    @Test
    void splitsSentencesTokensAndTags() {
        String text = "Hamas media official Taher Al-Nono said talks began. There was no comment from Fatah.";
        assertEquals(2, Language.sentences(text).length);
        var spans = Language.tokens("Taher Al-Nono said talks began.");
        String[] toks = new String[spans.length];
        for (int i = 0; i < spans.length; i++) toks[i] = spans[i].getCoveredText("Taher Al-Nono said talks began.").toString();
        String[] tags = Language.tags(toks);
        assertEquals("PROPN", tags[0]);
    }
}
