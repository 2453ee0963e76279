package io.dossier.analyze;

/** A word or punctuation mark: offsets into the article text, the text as written and its UD POS tag. */
record Token(int start, int end, String text, String tag) {

    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    boolean possessive() {
        return text.equals("'s") || text.equals("\u2019s") || text.equals("'") || text.equals("\u2019");
    }

    boolean punctuation() {
        return text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0));
    }
}
