package io.dossier.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The nearest real name to a mistyped one ("biuld" → "build", "--papr" → "--paper",
 * "--PAPER" → "--paper"), for commands, options and config keys alike. Only a near name is
 * offered: a suggestion that has nothing to do with what was typed is noise.
 */
final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The candidate nearest to {@code typed}, or null when none is within a few edits. Leading
     * dashes and case are not counted, and a one-letter name ("-o") is never offered: it is
     * near everything.
     */
    static String nearest(String typed, Collection<String> candidates) {
        String word = bare(typed);
        if (word.isEmpty()) return null;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : new TreeSet<>(candidates)) { // sorted: the same answer on every run
            String name = bare(c);
            if (name.length() < 2) continue;
            int d = distance(word, name);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** " (did you mean 'x'?)", or "" when nothing is near. */
    static String hint(String typed, Collection<String> candidates, String prefix) {
        String best = nearest(typed, candidates);
        return best == null ? "" : " (did you mean '" + prefix + best + "'?)";
    }

    private static String bare(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) == '-') i++;
        return name.substring(i).toLowerCase(Locale.ROOT);
    }

    /** Edit distance, a swap of neighbours counting as one edit ("biuld" is one from "build"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
