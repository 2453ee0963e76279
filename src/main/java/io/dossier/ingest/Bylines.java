package io.dossier.ingest;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * Bylines as a reader would write them down: the names only. A byline block on a page often
 * runs into a date, a role or a share count ("By Jane Doe22 Dec 2016651"), so the text is cut
 * where the names end: at a digit, a line break, a separator, or "on"/"updated".
 */
final class Bylines {

    private static final Pattern BY = Pattern.compile("^(?i:by|written by|words by|reporting by|posted by|story by|author:?)\\s+");
    private static final Pattern END = Pattern.compile("\\d|\\s[|•·—–]\\s|[|•·]|\\s-\\s|\\b(?i:updated|published|posted|on)\\b|\\n"
            + "|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d");
    /** Lower-case words that belong inside names; any other lower-case word ends the byline ("Rob Ewaschuk Edited by..."). */
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("and", "de", "van", "von", "der", "den", "da",
            "del", "della", "di", "du", "la", "le", "bin", "al", "el", "y", "dos", "das", "ten", "ter");
    private static final int MAX_WORDS = 12;

    private Bylines() {
    }

    /** The names in a byline string, or null when it is not one (a URL, a sentence, no capital letter). */
    static String clean(String raw) {
        if (raw == null) return null;
        String s = Normalizer.normalize(raw).strip();
        s = BY.matcher(s).replaceFirst("");
        var m = END.matcher(s);
        if (m.find()) s = s.substring(0, m.start());
        s = Normalizer.tidyParagraph(s).replaceAll("[\\s,;:&]+$", "").replaceAll("(?i)\\s+and$", "");
        s = BY.matcher(s).replaceFirst("");
        String[] words = s.split("\\s+");
        int keep = words.length;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !NAME_PARTICLES.contains(w)) {
                keep = i;
                break;
            }
        }
        // "About the author": a lone capitalised word before prose is not a name
        if (keep < words.length && keep < 2) return null;
        s = String.join(" ", java.util.Arrays.copyOf(words, keep)).replaceAll("[\\s,;:&]+$", "").replaceAll("\\s+and$", "");
        if (s.length() < 3 || s.isEmpty() || s.contains("http") || s.contains("@") && !s.contains(" ")) return null;
        if (!Character.isUpperCase(s.codePointAt(0)) || s.split("\\s+").length > MAX_WORDS) return null;
        return s;
    }

    /** The byline in a byline element: its name part when marked ({@code itemprop=name}), else its first line. */
    static String fromElement(Element e) {
        if (e == null) return null;
        Element name = e.selectFirst("[itemprop=name]");
        if (name != null) return clean(name.hasAttr("content") ? name.attr("content") : name.text());
        Element link = e.selectFirst("a");
        if (link != null && !link.text().isBlank() && link.text().length() * 2 >= e.text().length() / 2) return clean(link.text());
        return clean(Blocks.paragraphs(e).stream().findFirst().orElse(null));
    }
}
