package io.dossier.ingest;

import java.util.Set;

/** Decides whether a first line is a headline, and makes a short title from the lead when there is none. */
final class Headlines {

    private static final int MAX_WORDS = 18;
    private static final int DERIVED_MAX_CHARS = 60;
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "on", "at",
            "for", "from", "with", "by", "as", "but", "that", "which", "who", "its", "their", "his", "her", "is", "was");

    private Headlines() {
    }

    /** Short, without a final period, and written like a title (capitalized words or a short phrase). */
    static boolean looksLikeHeadline(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 150) return false;
        char last = s.charAt(s.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '"' || last == '\u201D') return false;
        String[] words = s.split("\\s+");
        if (words.length > MAX_WORDS) return false;
        int capitalized = 0;
        int letters = 0;
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            letters++;
            if (Character.isUpperCase(w.charAt(0))) capitalized++;
        }
        return letters > 0 && (capitalized * 2 >= letters || words.length <= 12);
    }

    /** A few words of the lead's first sentence, cut at a word boundary, without trailing punctuation. */
    static String derive(String lead) {
        String s = lead.strip();
        int end = firstSentenceEnd(s);
        if (end > 0) s = s.substring(0, end);
        String[] words = s.split("\\s+");
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (String w : words) {
            if (b.length() + w.length() + 1 > DERIVED_MAX_CHARS && used >= 3) break;
            if (b.length() > 0) b.append(' ');
            b.append(w);
            used++;
            if (w.endsWith(",") || w.endsWith(";") || w.endsWith(":")) {
                if (b.length() >= 25) break; // a clause boundary makes a natural, shorter title
            }
        }
        String t = b.toString();
        // drop trailing punctuation and words a title should not end on
        while (true) {
            t = stripTrailingPunctuation(t);
            int sp = t.lastIndexOf(' ');
            if (sp < 0) break;
            String lastWord = t.substring(sp + 1).toLowerCase(java.util.Locale.ROOT);
            if (!DANGLING.contains(lastWord)) break;
            t = t.substring(0, sp);
        }
        return t;
    }

    private static String stripTrailingPunctuation(String t) {
        int e = t.length();
        while (e > 0 && !Character.isLetterOrDigit(t.charAt(e - 1))) e--;
        return t.substring(0, e);
    }

    private static int firstSentenceEnd(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ' && i > 3 && Character.isLowerCase(s.charAt(i - 1)))
                return i;
        }
        return -1;
    }
}
