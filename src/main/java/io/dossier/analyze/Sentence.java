package io.dossier.analyze;

import java.util.List;

/** One sentence: offsets into the article text, its index in the article, its paragraph and tokens. */
record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {
}
