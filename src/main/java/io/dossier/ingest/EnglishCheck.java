package io.dossier.ingest;

import io.dossier.BadInputException;

import java.util.Locale;
import java.util.Set;

/** Rejects text that is not English: function words are the cheapest reliable signal. */
final class EnglishCheck {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for",
            "on", "said", "was", "with", "he", "she", "it", "as", "by", "at", "from", "his", "her", "they", "be", "has",
            "have", "are", "were", "not", "but", "an", "this", "which", "who", "will", "would", "had", "its", "their",
            "says", "or", "we", "i", "you", "after", "been", "than", "also");
    private static final int MIN_WORDS = 20;

    private EnglishCheck() {
    }

    static void require(String text, String name) {
        int words = 0;
        int function = 0;
        int latin = 0;
        int otherLetters = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (c < 0x250) latin++; else otherLetters++;
                if (start < 0) start = i;
            } else if (c == '\'' && start >= 0) {
                // keep contractions in one word
            } else if (start >= 0) {
                words++;
                if (FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) function++;
                start = -1;
            }
            if (words >= 20000) break; // a long prefix is plenty to judge the language
        }
        if (latin + otherLetters == 0) throw new BadInputException(name + ": is empty (no words)");
        if (otherLetters > latin) throw new BadInputException(name + ": does not look like English text (mostly non-Latin script); only English articles are supported");
        if (words >= MIN_WORDS && function * 100 < words * 6)
            throw new BadInputException(name + ": does not look like English text (almost no English function words such as \"the\", \"of\", \"and\"); only English articles are supported");
    }
}
