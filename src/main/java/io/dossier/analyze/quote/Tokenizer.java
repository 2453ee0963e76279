package io.dossier.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fast rule-based tokenizer that keeps character offsets and knows news abbreviations ("Mr.", "Sen.", "U.S."). */
final class Tokenizer {

    /**
     * Letters, marks and digits inside a word — and the second byte of a UTF-8 letter read as
     * Latin-1 ("PeÃ±a" for "Peña"), so that text scraped with the wrong encoding keeps its names whole.
     */
    private static final String LETTERS = "(?:[\\p{L}\\p{M}\\p{N}]|(?<=[ÃÂ\\u0303\\u0302])[\\u0080-\\u00BF])";

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{Lu}-(?:\\p{L}\\.){2,}|(?:\\p{L}\\.){2,}|\\p{L}" + LETTERS + "*+(?:['’\\-]" + LETTERS + "++)*+|\\p{N}++(?:[.,:]\\p{N}++)*+|[^\\s\\p{Z}]");

    /** A party-and-state tag after a politician's name: "R-Fla", "D-Mo". */
    private static final Pattern PARTY_TAG = Pattern.compile("\\p{Lu}-\\p{Lu}\\p{Ll}{1,4}");

    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "rev", "prof", "st",
            "jr", "sr", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp",
            "co", "ltd", "vs", "no", "ft", "mt", "del", "adm", "maj", "cmdr", "supt", "det", "pres", "atty", "cong", "ave");

    private Tokenizer() {
    }

    /** White space, including the no-break spaces common in news text. */
    static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code s} with each no-break or other Unicode space replaced by a plain space (same length). */
    static String plainSpaces(String s) {
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

    static List<Tok> tokenize(String text) {
        List<Tok> out = new ArrayList<>(text.length() / 5 + 16);
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
                        || ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT))
                        || PARTY_TAG.matcher(w).matches(); // "(R-Fla.)": the dot does not end the sentence
                if (abbr) {
                    e++;
                    w = text.substring(s, e);
                }
            }
            out.add(new Tok(s, e, w, paragraph));
            lastEnd = e;
            if (e > m.end()) m.region(e, text.length());
        }
        return out;
    }
}
