package io.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops paragraphs that are page furniture by their wording — "49 minutes ago", "Read more
 * stories", "Advertisement", "By Jane Doe", photo credits, tag lists — and a first paragraph
 * that repeats the headline. Only short paragraphs are judged: a paragraph of prose that
 * happens to start with "Read more" is still prose.
 */
final class TeaserLines {

    private static final int MAX_WORDS = 12;
    private static final Pattern TEASER = WordLists.anyOf("teaser-lines.txt", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BYLINE = WordLists.anyOf("byline-lines.txt", 0);

    private TeaserLines() {
    }

    static List<String> filter(List<String> paragraphs, String title) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (out.isEmpty() && title != null && sameText(p, title)) continue;
            if (isFurniture(p)) continue;
            out.add(p);
        }
        return out;
    }

    static boolean isFurniture(String p) {
        String s = p.strip();
        if (Boilerplate.words(s) > MAX_WORDS) return false;
        String bare = s.replaceAll("[\\s›»→>|•·.:…]+$", "");
        return TEASER.matcher(bare).matches() || BYLINE.matcher(bare).matches() || TEASER.matcher(s).matches();
    }

    private static boolean sameText(String a, String b) {
        return a.replaceAll("\\W+", " ").strip().equalsIgnoreCase(b.replaceAll("\\W+", " ").strip());
    }
}
