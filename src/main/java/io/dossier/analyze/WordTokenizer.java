package io.dossier.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A news-friendly tokenizer. The UD tokenizer model splits "Al-Nono" into "Al" "-Nono" and keeps
 * "Abbas's" whole; names need the opposite: hyphenated words stay one token ("Al-Nono",
 * "Hamas-led") and possessives split off ("Abbas" "'s"). Abbreviations keep their period.
 */
final class WordTokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "adm",
            "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "rev", "ft", "mt", "prof", "pres", "dept", "est", "maj", "cmdr");

    private WordTokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '-' || d == '.' || d == ',' || d == '&' || d == '\'' || d == '\u2019') && j + 1 < to
                            && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        if (d == ',' && !(Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1)))) break;
                        if (d == '.' && !(Character.isDigit(text.charAt(j - 1)) || isInitialism(text, i, j))) break;
                        if ((d == '\'' || d == '\u2019') && isPossessiveAt(text, j, to)) break;
                        j++;
                    } else {
                        break;
                    }
                }
                // "U.S." and "Oct." keep their final period; a sentence-final period does not belong to the word
                if (j < to && text.charAt(j) == '.' && (isInitialism(text, i, j) || ABBREVIATIONS.contains(text.substring(i, j).toLowerCase(java.util.Locale.ROOT)))) j++;
                out.add(new Token(i, j, text.substring(i, j), null));
                i = j;
                continue;
            }
            if ((c == '\'' || c == '\u2019') && isPossessiveAt(text, i, to) && !out.isEmpty() && out.get(out.size() - 1).end() == i) {
                int j = i + 1;
                if (j < to && (text.charAt(j) == 's' || text.charAt(j) == 'S')) j++;
                out.add(new Token(i, j, text.substring(i, j), null));
                i = j;
                continue;
            }
            out.add(new Token(i, i + 1, String.valueOf(c), null));
            i++;
        }
        return out;
    }

    /** "'s" followed by a non-letter, or a bare "'" after an s ("Palestinians'"). */
    private static boolean isPossessiveAt(String text, int j, int to) {
        if (j + 1 < to && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')) {
            return j + 2 >= to || !Character.isLetter(text.charAt(j + 2));
        }
        return j > 0 && text.charAt(j - 1) == 's' && (j + 1 >= to || Character.isWhitespace(text.charAt(j + 1)));
    }

    /** Single letters separated by periods: "U.S", "U.N". */
    private static boolean isInitialism(String text, int start, int end) {
        int letters = 0;
        for (int k = start; k < end; k++) {
            char ch = text.charAt(k);
            if (Character.isLetter(ch)) {
                if (k + 1 < end && Character.isLetter(text.charAt(k + 1))) return false;
                letters++;
            } else if (ch != '.') {
                return false;
            }
        }
        if (letters > 1) return true;
        // "U.S": a letter followed by ".X"; "Stephen K. Bannon": a middle initial before a capitalized word
        if (letters == 1 && end < text.length() && text.charAt(end) == '.' && end + 1 < text.length()) {
            char next = text.charAt(end + 1);
            if (Character.isLetter(next)) return true;
            return next == ' ' && end + 2 < text.length() && Character.isUpperCase(text.charAt(end + 2)) && Character.isUpperCase(text.charAt(start));
        }
        return false;
    }
}
