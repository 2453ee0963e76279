package io.dossier.model;

import java.util.List;

/**
 * One article as ingested. {@code text} is always the paragraphs joined by a blank line
 * ("\n\n"), so character offsets stay valid for anyone who rebuilds it from the
 * Analysis JSON's {@code paragraphs}.
 */
public record Article(String title, String source, String date, String url, String byline,
                      List<String> paragraphs) {

    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    public String text() {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }

    public int wordCount() {
        int words = 0;
        for (String p : paragraphs) {
            for (String w : p.trim().split("\\s+")) {
                if (!w.isEmpty()) words++;
            }
        }
        return words;
    }
}
