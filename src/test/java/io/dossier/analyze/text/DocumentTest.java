package io.dossier.analyze.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentTest {

    private static List<String> sentences(String text) {
        return Document.of(text).sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void anAbbreviationBeforeAWordNoNameGoesOnWithEndsTheSentence() {
        assertEquals(List.of("It will be more powerful than the One X.", "And you can upgrade it."),
                sentences("It will be more powerful than the One X. And you can upgrade it."));
        assertEquals(List.of("Prices rose in the U.S.", "The plan failed."), sentences("Prices rose in the U.S. The plan failed."));
    }

    @Test
    void anInitialInsideANameKeepsTheSentenceWhole() {
        assertEquals(List.of("Lisa O. Monaco said the review was over."), sentences("Lisa O. Monaco said the review was over."));
        assertEquals(List.of("Sen. Rand Paul (R-Ky.) said no."), sentences("Sen. Rand Paul (R-Ky.) said no."));
    }
}
