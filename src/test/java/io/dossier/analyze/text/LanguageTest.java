package io.dossier.analyze.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {
    @Test
    void tagsTokens() {
        String[] tags = Language.tags(new String[] {"Taher", "Al-Nono", "said", "talks", "began", "."});
        assertEquals("PROPN", tags[0]);
        assertEquals("VERB", tags[2]);
    }
}
