package io.dossier.ingest;

import java.util.Set;

/** Decides whether a first line is a headline, and makes a short title from the lead when there is none. */
final class Headlines {

    private static final int MAX_WORDS = 18;
    private static final int DERIVED_MAX_CHARS = 125;
    private static final int SHORT_ENOUGH = 70;
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

    /**
     * A title from the lead's first sentence, as an editor would shorten it: the attribution
     * tail (", a Hamas official told Reuters") goes, and a long sentence is cut before a
     * trailing modifier ("after the war in Gaza...") at a point where the words before it end
     * a phrase (not inside a name, not on "the" or "of").
     */
    static String derive(String lead) {
        String s = lead.strip();
        int end = firstSentenceEnd(s);
        if (end > 0) s = s.substring(0, end);
        s = stripTrailingPunctuation(ATTRIBUTION_TAIL.matcher(s).replaceFirst(""));
        if (s.length() <= SHORT_ENOUGH) return trimDangling(s);
        int best = -1;
        java.util.regex.Matcher m = MODIFIER.matcher(s);
        while (m.find()) {
            int cut = m.start();
            if (cut > DERIVED_MAX_CHARS) break;
            if (cut >= DERIVED_MIN_CHARS && endsPhrase(s.substring(0, cut))) best = cut;
        }
        if (best > 0) return trimDangling(s.substring(0, best));
        // No clean break: cut at a word boundary.
        int sp = s.lastIndexOf(' ', DERIVED_MAX_CHARS);
        return trimDangling(s.substring(0, sp > 0 ? sp : Math.min(s.length(), DERIVED_MAX_CHARS)));
    }

    private static final int DERIVED_MIN_CHARS = 30;
    private static final java.util.regex.Pattern ATTRIBUTION_TAIL = java.util.regex.Pattern.compile(
            ",\\s+(?:(?:a|an|the|according to)\\s+)?[^,]{2,60}?\\s+(?:said|says|told [A-Z][\\w.]*|reported|announced)\\s*$");
    private static final java.util.regex.Pattern MODIFIER = java.util.regex.Pattern.compile(
            ",| (?:after|in|on|at|amid|with|as|during|following|over|despite|since|before|while) ");

    /** The words before a cut end a phrase: the last is not a function word. */
    private static boolean endsPhrase(String head) {
        String h = stripTrailingPunctuation(head);
        int sp = h.lastIndexOf(' ');
        String last = sp < 0 ? h : h.substring(sp + 1);
        return !last.isEmpty() && !DANGLING.contains(last.toLowerCase(java.util.Locale.ROOT));
    }

    private static String trimDangling(String t) {
        while (true) {
            t = stripTrailingPunctuation(t);
            int sp = t.lastIndexOf(' ');
            if (sp < 0) return t;
            String lastWord = t.substring(sp + 1).toLowerCase(java.util.Locale.ROOT);
            if (!DANGLING.contains(lastWord)) return t;
            t = t.substring(0, sp);
        }
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
