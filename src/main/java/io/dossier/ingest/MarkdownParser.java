package io.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown to plain paragraphs: the first {@code #} heading becomes the title, markup is stripped,
 * link texts are kept. Patterns use negated character classes so a long unclosed line stays linear.
 */
final class MarkdownParser {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\[[^\\]\\n]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]*)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^<>\\n]*>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)([^*_\\n]+)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![*\\w])\\*(?=\\S)([^*\\n]+)(?<=\\S)\\*(?![*\\w])");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![_\\w])_(?=\\S)([^_\\n]+)(?<=\\S)_(?![_\\w])");
    private static final Pattern STRIKE = Pattern.compile("~~([^~\\n]+)~~");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]*)`");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s{0,3}(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern REF_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S.*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,})$");
    private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(?:=+|-+)\\s*$");

    /** Marks the lines of a block quotation ({@code > …}) until the paragraphs are split (a private-use character, taken out of the input). */
    private static final char QUOTED_MARK = '\uE000';
    private static final String QUOTED = String.valueOf(QUOTED_MARK);

    private MarkdownParser() {
    }

    static Draft parse(String text) {
        FrontMatter.Result fm = FrontMatter.split(text);
        String title = null;
        List<String> lines = new ArrayList<>();
        boolean fenced = false;
        String[] raw = withoutComments(fm.body()).split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            String s = line.strip();
            if (s.startsWith("```") || s.startsWith("~~~")) {
                fenced = !fenced; // code is not article prose
                lines.add("");
                continue;
            }
            if (fenced) continue;
            if (REF_DEFINITION.matcher(line).matches()) continue;
            if (RULE.matcher(line).matches()) {
                lines.add("");
                continue;
            }
            if (i + 1 < raw.length && !s.isEmpty() && SETEXT.matcher(raw[i + 1]).matches() && !raw[i + 1].isBlank()) {
                // "Title\n=====": a heading written the other way
                if (title == null && raw[i + 1].strip().startsWith("=")) title = inline(s);
                else addBlock(lines, inline(s));
                i++;
                continue;
            }
            if (s.startsWith("#")) {
                int level = 0;
                while (level < s.length() && s.charAt(level) == '#') level++;
                String heading = inline(s.substring(level).replaceAll("\\s#+\\s*$", "").strip());
                if (title == null && level == 1) title = heading;
                else addBlock(lines, heading);
                continue;
            }
            s = s.replace(QUOTED, "");
            boolean quoted = s.startsWith(">");
            while (s.startsWith(">")) s = s.substring(1).strip();
            boolean listItem = LIST_MARKER.matcher(s).find();
            s = LIST_MARKER.matcher(s).replaceFirst("");
            String shown = quoted && !s.isEmpty() ? QUOTED + inline(s) : inline(s);
            if (listItem) addBlock(lines, shown);
            else lines.add(shown);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : Paragraphs.split(String.join("\n", lines))) {
            paragraphs.add(p.indexOf(QUOTED_MARK) >= 0 ? BlockQuotation.of(p.replace(QUOTED, "")) : p);
        }
        Draft d = new Draft(title, null, null, null, null, paragraphs).withMissing(fm.fields());
        return title == null ? PlainTextParser.takeHeadline(d) : d;
    }

    /**
     * HTML comments are not shown by any Markdown renderer, so they are not article text. As in
     * CommonMark, a comment that opens a line and is never closed runs to the end; one that
     * opens mid-line and is never closed is literal text. Linear: one scan, no regex.
     */
    static String withoutComments(String s) {
        int open = s.indexOf("<!--");
        if (open < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        while (open >= 0) {
            int close = s.indexOf("-->", open + 4);
            if (close < 0) {
                int block = openingALine(s, open);
                if (block >= 0) b.append(s, from, block);
                else b.append(s, from, s.length());
                return b.toString();
            }
            b.append(s, from, open);
            // keep the comment's line breaks, so the paragraphs around it stay apart
            for (int i = open; i < close; i++) if (s.charAt(i) == '\n') b.append('\n');
            from = close + 3;
            open = s.indexOf("<!--", from);
        }
        return b.append(s, from, s.length()).toString();
    }

    /** The first {@code <!--} at or after {@code from} with only blanks before it on its line, or -1. */
    private static int openingALine(String s, int from) {
        if (s.substring(s.lastIndexOf('\n', from) + 1, from).isBlank()) return from;
        for (int nl = s.indexOf('\n', from); nl >= 0; nl = s.indexOf('\n', nl + 1)) {
            int i = nl + 1;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
            if (s.startsWith("<!--", i)) return i;
        }
        return -1;
    }

    /** Headings and list items are paragraphs of their own. */
    private static void addBlock(List<String> lines, String s) {
        lines.add("");
        lines.add(s);
        lines.add("");
    }

    static String inline(String s) {
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = REF_LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = STRONG.matcher(s).replaceAll("$2");
        s = EMPHASIS_STAR.matcher(s).replaceAll("$1");
        s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll("$1");
        s = STRIKE.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        return s.replace("\\*", "*").replace("\\_", "_").replace("\\#", "#").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
