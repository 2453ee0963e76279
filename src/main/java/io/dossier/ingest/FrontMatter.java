package io.dossier.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Metadata lines at the top of a text or Markdown file ({@code title: …}, {@code source: …},
 * {@code date: …}, {@code url: …}, {@code byline: …}), with or without {@code ---} fences.
 * Without fences only a run of recognised keys counts, so an article whose first line happens
 * to contain a colon is not eaten.
 */
final class FrontMatter {

    record Fields(String title, String source, String date, String url, String byline) {
        static final Fields NONE = new Fields(null, null, null, null, null);
    }

    record Result(Fields fields, String body) {
    }

    private static final Set<String> KEYS = Set.of("title", "headline", "source", "publisher", "date", "published",
            "url", "link", "byline", "author", "by");

    private FrontMatter() {
    }

    static Result split(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++;
        if (i >= lines.length) return new Result(Fields.NONE, text);
        Map<String, String> values = new HashMap<>();
        int end;
        if (lines[i].strip().equals("---")) {
            int j = i + 1;
            while (j < lines.length && !lines[j].strip().equals("---") && !lines[j].strip().equals("...")) {
                putKey(lines[j], values);
                j++;
            }
            if (j >= lines.length) return new Result(Fields.NONE, text); // an unclosed fence is a horizontal rule, not metadata
            end = j + 1;
        } else {
            int j = i;
            while (j < lines.length && putKey(lines[j], values)) j++;
            if (values.isEmpty()) return new Result(Fields.NONE, text);
            end = j;
        }
        StringBuilder body = new StringBuilder();
        for (int k = end; k < lines.length; k++) body.append(lines[k]).append('\n');
        return new Result(new Fields(
                any(values, "title", "headline"), any(values, "source", "publisher"), any(values, "date", "published"),
                any(values, "url", "link"), any(values, "byline", "author", "by")), body.toString());
    }

    private static boolean putKey(String line, Map<String, String> values) {
        int colon = line.indexOf(':');
        if (colon <= 0) return false;
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (!KEYS.contains(key)) return false;
        String value = line.substring(colon + 1).strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'")))
            value = value.substring(1, value.length() - 1);
        values.putIfAbsent(key, value);
        return true;
    }

    private static String any(Map<String, String> values, String... keys) {
        for (String k : keys) {
            String v = values.get(k);
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }
}
