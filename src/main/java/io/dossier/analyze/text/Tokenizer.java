package io.dossier.analyze.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one tokenizer: fast, rule-based, keeps character offsets and knows news abbreviations ("Mr.", "Sen.",
 * "U.S."). Hyphenated words stay whole ("Al-Nono", "Hamas-led"), as names need; a possessive or contracted
 * "'s" is a token of its own ("Abbas" "'s"), as the part-of-speech model and the name rules expect.
 */
public final class Tokenizer {

    /**
     * Letters, marks and digits inside a word — and the second byte of a UTF-8 letter read as
     * Latin-1 ("PeÃ±a" for "Peña"), so that text scraped with the wrong encoding keeps its names whole.
     */
    private static final String LETTERS = "(?:[\\p{L}\\p{M}\\p{N}]|(?<=[ÃÂ\\u0303\\u0302])[\\u0080-\\u00BF])";

    // Possessive quantifiers only: no backtracking, so a token costs time in proportion to its length.
    // Capitals joined by an ampersand are one word, as in company names: "AT&T", "S&P", "P&G" ("AT&T's" keeps its "'s").
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{Lu}{1,4}+&\\p{Lu}{1,4}+(?:['’][sS])?+(?![\\p{L}\\p{N}&])|\\p{Lu}-(?:\\p{L}\\.){2,}+|(?:\\p{L}\\.){2,}+|\\p{L}" + LETTERS + "*+(?:['’\\-]" + LETTERS + "++)*+"
            // "46-year-old", "24-hour": a number joined to a word by a hyphen is one word, as "year-old" is
            + "|\\p{N}++-\\p{L}" + LETTERS + "*+(?:-" + LETTERS + "++)*+"
            + "|\\p{N}++(?:[.,:]\\p{N}++)*+|[^\\s\\p{Z}]");

    /** A party-and-state tag after a politician's name: "R-Fla", "D-Mo". */
    private static final Pattern PARTY_TAG = Pattern.compile("\\p{Lu}-\\p{Lu}\\p{Ll}{1,4}");

    /** Words whose following period is part of them, not a sentence end. */
    private static final Set<String> ABBREVIATIONS = Lexicon.union(Lexicon.TITLE_ABBREVIATIONS, Lexicon.MONTH_ABBREVIATIONS,
            Lexicon.NAME_SUFFIXES, Lexicon.words("abbreviations"));

    private Tokenizer() {
    }

    /** The tokens of {@code text}; {@code paragraph} is the line each lies on (a line break ends a paragraph). */
    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 16);
        Matcher m = TOKEN.matcher(text);
        int paragraph = 0;
        int lastEnd = 0;
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            for (int i = lastEnd; i < s; i++) {
                if (text.charAt(i) == '\n') paragraph++;
            }
            String w = m.group();
            if (e < text.length() && text.charAt(e) == '.' && Character.isLetter(w.charAt(0))) {
                boolean abbr = (w.length() == 1 && Character.isUpperCase(w.charAt(0)))
                        || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))
                        || PARTY_TAG.matcher(w).matches(); // "(R-Fla.)": the dot does not end the sentence
                if (abbr) {
                    e++;
                    w = text.substring(s, e);
                }
            }
            int marked = markedNameEnd(text, w, e);
            if (marked > e) {
                // "Which?": the mark is part of the name, and a possessive after it its own token
                out.add(new Token(s, e + 1, text.substring(s, e + 1), paragraph, null));
                if (marked > e + 1) out.add(new Token(e + 1, marked, text.substring(e + 1, marked), paragraph, null));
                lastEnd = marked;
                m.region(marked, text.length());
                continue;
            }
            int clitic = possessive(w);
            if (clitic > 0) {
                out.add(new Token(s, s + clitic, w.substring(0, clitic), paragraph, null));
                out.add(new Token(s + clitic, e, w.substring(clitic), paragraph, null));
            } else {
                out.add(new Token(s, e, w, paragraph, null));
            }
            lastEnd = e;
            if (e > m.end()) m.region(e, text.length());
        }
        return out;
    }

    /** Names written with a question or exclamation mark ("Which?", the consumer group). */
    private static final Set<String> MARKED_NAMES = Lexicon.words("marked-names");

    /**
     * "Consumer group Which? said", "at Which?, said", "Which?’s director": when the word ending at {@code e} and the
     * mark after it make a name on the list and the text goes on as a sentence does not after a question (a lower-case
     * word, a comma, a possessive), the end of the name with its mark, or of the possessive after it; else {@code e}.
     */
    private static int markedNameEnd(String text, String word, int e) {
        if (e >= text.length() || text.charAt(e) != '?' && text.charAt(e) != '!' || !MARKED_NAMES.contains(word + text.charAt(e))) return e;
        int k = e + 1;
        if (k + 1 < text.length() && (text.charAt(k) == '\'' || text.charAt(k) == '’') && (text.charAt(k + 1) == 's')
                && (k + 2 == text.length() || !Character.isLetter(text.charAt(k + 2)))) return k + 2;
        if (k < text.length() && (text.charAt(k) == ',' || text.charAt(k) == ';')) return k;
        while (k < text.length() && text.charAt(k) == ' ') k++;
        return k > e + 1 && k < text.length() && Character.isLowerCase(text.charAt(k)) ? e + 1 : e;
    }

    /** Where a final "'s" / "’s" starts in a word ("Abbas's", "it's"), or 0. */
    private static int possessive(String w) {
        int n = w.length();
        if (n < 3 || (w.charAt(n - 1) != 's' && w.charAt(n - 1) != 'S')) return 0;
        char a = w.charAt(n - 2);
        return (a == '\'' || a == '’') && Character.isLetterOrDigit(w.charAt(n - 3)) ? n - 2 : 0;
    }

    /** White space, including the no-break spaces common in news text. */
    public static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code s} with each no-break or other Unicode space replaced by a plain space (same length). */
    public static String plainSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && space(c)) {
                char[] a = s.toCharArray();
                for (int k = i; k < a.length; k++) if (a[k] != ' ' && a[k] != '\n' && space(a[k])) a[k] = ' ';
                return new String(a);
            }
        }
        return s;
    }
}
