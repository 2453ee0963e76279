package io.dossier.analyze.text;

import java.util.List;

/**
 * One sentence: its index in the article, its paragraph (counting paragraphs that hold text), offsets into the
 * article text, the index of its first token in {@link Document#tokens()} and its tokens.
 */
public record Sentence(int index, int paragraph, int start, int end, String text, int firstToken, List<Token> tokens) {
}
