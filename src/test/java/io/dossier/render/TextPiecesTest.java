package io.dossier.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextPiecesTest {

    @Test
    void prosePiecesEndAfterASpace() {
        String text = "The delegation met in Cairo on Wednesday ".repeat(200);
        int end = TextPieces.cut(text, 0);
        assertTrue(end <= TextPieces.MAX && end > TextPieces.MAX / 2);
        assertEquals(' ', text.charAt(end - 1));
    }

    @Test
    void aTokenWithoutSpacesIsCutBetweenCharactersNeverInsideOne() {
        // U+1D400 is a surrogate pair; U+0301 a combining accent that belongs to the letter before it
        String text = "a\u0301\uD835\uDC00".repeat(2000);
        int start = 0;
        StringBuilder joined = new StringBuilder();
        while (start < text.length()) {
            int end = TextPieces.cut(text, start);
            assertTrue(end - start <= TextPieces.MAX && end > start);
            if (end < text.length()) {
                assertTrue(!Character.isLowSurrogate(text.charAt(end)), "inside a surrogate pair at " + end);
                assertTrue(text.charAt(end) != '\u0301', "before a combining mark at " + end);
            }
            joined.append(text, start, end);
            start = end;
        }
        assertEquals(text, joined.toString());
    }

    @Test
    void shortTextIsOnePiece() {
        assertEquals(5, TextPieces.cut("short", 0));
    }
}
