package io.dossier.analyze.text;

import java.util.Locale;

/**
 * A word, number, punctuation mark or quotation mark: offsets into the article text, the text as written, the
 * line it lies on ({@code paragraph}) and its universal part-of-speech tag (null before tagging).
 */
public record Token(int start, int end, String text, int paragraph, String tag) {

    public boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /**
     * A brand written with a small first letter and a capital inside, as the company writes it: "eBay", "easyJet",
     * "techUK", "iRobot". A name, as a capitalised word is.
     */
    public boolean isBrandCased() {
        int k = 0;
        while (k < text.length() && k <= 4 && Character.isLowerCase(text.charAt(k))) k++;
        if (k == 0 || k > 4 || k == text.length() || !Character.isUpperCase(text.charAt(k))) return false;
        for (int j = k; j < text.length(); j++) if (!Character.isLetter(text.charAt(j))) return false;
        return true;
    }

    public boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean isSentenceEnd() {
        return text.equals(".") || text.equals("!") || text.equals("?") || text.equals("…");
    }

    /** "'s" or a bare apostrophe after a plural ("Palestinians'"). */
    public boolean possessive() {
        return text.equals("'s") || text.equals("\u2019s") || text.equals("'S") || text.equals("\u2019S")
                || text.equals("'") || text.equals("\u2019");
    }

    /** "Washington's" read as one token or "'s" after its word: a possessive, glued or not. */
    public boolean endsInPossessive() {
        return possessive() || Names.endsInPossessive(text);
    }

    public boolean punctuation() {
        return text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0));
    }

    Token withTag(String t) {
        return new Token(start, end, text, paragraph, t);
    }
}
