package io.dossier.compose;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the templates show, already worded for a reader: the templates only place it.
 * All strings are safe to put in XML (see {@link TextSanitizer}); escaping is the
 * template engine's job. {@code duplex}: laid out for two-sided printing ({@code duplex.css}).
 * {@code marking} is {@code ""} when there is none; {@code paper} is the sheet the flags ask for, else
 * A4; {@code page} the flags' {@code @page} rules ({@code page.css}, empty when none was asked for);
 * {@code logo} a {@code data:} URI or null; {@code watermark} text or null.
 */
public record Dossier(String title, String source, String date, String url, String byline,
                      String marking, Paper paper, String generatedAt,
                      List<Glance> glance, List<String> summary, List<String> keyPoints,
                      List<QuoteView> sidebarQuotes, List<ActorView> actors, List<QuoteView> quotes,
                      Sourcing sourcing, List<EventView> timeline, List<ActorView> places,
                      List<FigureView> figures, List<String> paragraphs, List<Section> sections,
                      int wordCount, boolean duplex, PageSetup page, String logo, String watermark) {

    /**
     * A sheet of paper, portrait side up, in millimetres: a named size (A4, A5, Letter, Legal) or
     * any {@code WIDTHxHEIGHT} in mm or inches. {@code css} is what CSS {@code @page { size }} takes.
     */
    public record Paper(String name, double widthMm, double heightMm) {

        public static final Paper A4 = new Paper("A4", 210, 297);
        public static final Paper A5 = new Paper("A5", 148, 210);
        public static final Paper LETTER = new Paper("letter", 215.9, 279.4);
        public static final Paper LEGAL = new Paper("legal", 215.9, 355.6);

        /** The smallest and largest side we lay a dossier out on: a postcard, a poster. */
        static final double MIN_SIDE_MM = 90;
        static final double MAX_SIDE_MM = 1200;

        private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[x×]\\s*(\\d+(?:\\.\\d+)?)\\s*(mm|cm|in)");
        static final String EXPECTED = "use a4, a5, letter, legal or WIDTHxHEIGHT in mm, cm or in, e.g. 200x250mm";

        /** Parses {@code --paper}; throws {@link IllegalArgumentException} with the reason. */
        public static Paper parse(String text) {
            String s = text.strip().toLowerCase(Locale.ROOT);
            switch (s) {
                case "a4": return A4;
                case "a5": return A5;
                case "letter", "us-letter", "usletter": return LETTER;
                case "legal", "us-legal": return LEGAL;
                default: break;
            }
            Matcher m = SIZE.matcher(s);
            if (!m.matches()) throw new IllegalArgumentException("'" + text + "' is not a paper size (" + EXPECTED + ")");
            double unit = switch (m.group(3)) {
                case "in" -> 25.4;
                case "cm" -> 10;
                default -> 1;
            };
            double w = Double.parseDouble(m.group(1)) * unit;
            double h = Double.parseDouble(m.group(2)) * unit;
            for (double side : new double[]{w, h}) {
                if (side < MIN_SIDE_MM || side > MAX_SIDE_MM) {
                    throw new IllegalArgumentException("'" + text + "': each side must be between " + (int) MIN_SIDE_MM
                            + " and " + (int) MAX_SIDE_MM + " mm");
                }
            }
            return new Paper(s.replace(" ", ""), w, h);
        }

        /** The same sheet turned sideways: the long side across. */
        public Paper landscape() {
            return widthMm >= heightMm ? this : new Paper(name, heightMm, widthMm);
        }

        /** The CSS {@code size} value: the two lengths, so a landscape sheet needs no keyword. */
        public String css() {
            return Length.format(widthMm) + "mm " + Length.format(heightMm) + "mm";
        }

        /** Templates written for the old paper names call {@code d.paper.css}. */
        public String getCss() {
            return css();
        }
    }

    public record Glance(String value, String label) {
    }

    public record ActorView(String id, String name, String type, String role, String affiliation,
                            int mentions, String aliases, int statements) {
    }

    public record QuoteView(String text, String kind, String speaker, boolean named, String role,
                            String cue, int paragraph) {
    }

    public record Sourcing(int named, int anonymous, int direct, int indirect, List<SourceRow> sources) {
    }

    public record SourceRow(String name, boolean named, int statements) {
    }

    public record EventView(String date, String label, String text) {
    }

    public record FigureView(String value, String context) {
    }

    /** A top-level section: its anchor id (for contents links and bookmarks) and heading. */
    public record Section(String id, String title) {
    }

    public boolean hasActorChart() {
        return !actors.isEmpty();
    }

    public boolean hasTimelineChart() {
        return timeline.stream().anyMatch(e -> e.date() != null && e.date().matches("\\d{4}(-\\d{2}){0,2}"));
    }
}
