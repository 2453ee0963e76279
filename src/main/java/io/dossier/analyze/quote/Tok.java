package io.dossier.analyze.quote;

/** One token of the article text: a word, a number, a punctuation mark or a quotation mark. */
record Tok(int start, int end, String text, int paragraph) {

    boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    boolean isSentenceEnd() {
        return text.equals(".") || text.equals("!") || text.equals("?") || text.equals("…");
    }
}
