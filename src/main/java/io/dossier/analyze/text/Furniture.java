package io.dossier.analyze.text;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Page furniture inside an article's text: lines and credits that name people without being about them. A byline
 * ("By Jane Fraser"), a photo credit ("Whangārei Harbour. Photo / Michael Cunningham", "Photograph: Jane Doe/Reuters"),
 * a wire's staff credits ("(Reporting by …; Editing by …)") and a tag list ("Asia Pacific, Politics, World") are never speakers, nor actors. Marked once per article, linear in
 * its length.
 */
public final class Furniture {

    /** Words that open a credit when a slash, a colon or "by" follows ("Photo / NAME", "Picture: NAME"). */
    private static final Set<String> CREDIT_WORDS = Lexicon.words("credit-words");
    /** Words that open a wire story's staff credits before "by" ("Reporting by", "Additional reporting by"). */
    private static final Set<String> STAFF_CREDIT_WORDS = Lexicon.words("staff-credit-words");
    /** The verbs of a contributor credit ("… contributed to this report"). */
    private static final Set<String> CONTRIBUTED = Lexicon.words("contributor-credit-words");
    /** Words that make a story's last line its writer's tagline ("…, is a member of USA TODAY's Board of Contributors"). */
    private static final Set<String> TAGLINE_WORDS = Lexicon.words("author-tagline-words");
    /** Where a "Follow NAME on …" line sends its reader. */
    private static final Set<String> SOCIAL_NETWORKS = Set.of("Twitter", "X", "Facebook", "Instagram", "Threads", "Bluesky", "LinkedIn");
    /** A tagline or a "Follow" line is at most this long. */
    private static final int TAGLINE_TOKENS = 45;
    /** A credit names at most this many tokens ("Michael Cunningham / NZ Herald / Getty Images"). */
    private static final int CREDIT_TOKENS = 12;
    /** A list of credits ("Photos by A (Agency), B, C, …") names at most this many tokens. */
    private static final int CREDIT_LIST_TOKENS = 60;
    /** A byline line is at most this long. */
    private static final int BYLINE_TOKENS = 12;

    /** A caption has at least this many words; shorter unpunctuated lines are headings. */
    private static final int CAPTION_WORDS = 8;
    /** "WASHINGTON, D.C.", "RAMALLAH, West Bank" fit; a dateline is at most this many tokens before its agency. */
    private static final int DATELINE_TOKENS = 6;
    private static final String QUOTE_MARKS = "\"“”«»‘";

    private Furniture() {
    }

    /** The tokens that lie in a byline, a photo credit or a tag list. */
    static BitSet mark(List<Token> t) {
        BitSet out = new BitSet();
        int n = t.size();
        int p = 0;
        while (p < n) {
            int q = p;
            while (q < n && t.get(q).paragraph() == t.get(p).paragraph()) q++;
            paragraph(t, p, q, out);
            if (q == n && authorTagline(t, p, q)) out.set(p, q);
            p = q;
        }
        return out;
    }

    private static void paragraph(List<Token> t, int from, int to, BitSet out) {
        // "By Jane Fraser", "By Jane Fraser and Tom Baker, Reuters"
        if (t.get(from).text().equals("By") && from + 1 < to && t.get(from + 1).isCapitalized() && to - from <= BYLINE_TOKENS
                && !t.get(to - 1).isSentenceEnd()) {
            out.set(from, to);
            return;
        }
        if (tagList(t, from, to) || caption(t, from, to) || creditedCaption(t, from, to) || staffCredits(t, from, to)
                || contributorLine(t, from, to) || followLine(t, from, to)) {
            out.set(from, to);
            return;
        }
        int dateline = dateline(t, from, to);
        if (dateline > from) out.set(from, dateline);
        int signOff = signOff(t, from, to);
        if (signOff < to) out.set(signOff, to);
        for (int k = from; k + 1 < to; k++) {
            Token w = t.get(k);
            if (!w.isCapitalized() || !CREDIT_WORDS.contains(w.lower())) continue;
            Token sep = t.get(k + 1);
            if (!(sep.is("/") || sep.is(":") || sep.is("by") || sep.is("|"))) continue;
            if (sep.is(":") && k > from && !t.get(k - 1).isSentenceEnd() && !t.get(k - 1).is("(")) continue; // "Source: …" opens a line
            int e = k + 2;
            // "Photos by cmgirl (Shutterstock), Macrovector (Shutterstock), George Redgrave, …": a list of credits
            // runs to the end of its sentence, handles, agencies in brackets and all
            boolean list = w.lower().endsWith("s") && sep.is("by");
            while (e < to && e - k <= (list ? CREDIT_LIST_TOKENS : CREDIT_TOKENS) && !t.get(e).isSentenceEnd()
                    && (list || !t.get(e).is("(") && !t.get(e).is(")") && (t.get(e).isCapitalized() || !t.get(e).isWord()))) e++;
            if (e > k + 2) out.set(k, e);
            k = e - 1;
        }
    }

    /**
     * "Whangārei Harbour seen from Tamaterau, with mangrove sprouts coming up through the harbourside silt": a line of
     * {@value #CAPTION_WORDS} words or more that never ends a sentence and quotes no one is a photo caption, a teaser
     * or a live-blog stamp, not running text — a paragraph of news prose ends with a full stop, a question or a quote.
     */
    private static boolean caption(List<Token> t, int from, int to) {
        Token first = t.get(from);
        Token last = t.get(to - 1);
        // a hard-wrapped paragraph ("… a serial liar, rampant xenophobe," / "repeatedly pledged to …") goes on
        // in lower case on the next line, or began in lower case on this one: running text, not a caption
        if (!(first.isCapitalized() || Character.isDigit(first.text().charAt(0))) || last.is(",") || last.is("-")
                || to < t.size() && t.get(to).isWord() && !t.get(to).isCapitalized()) return false;
        if (last.isSentenceEnd() || last.text().endsWith(".") || last.is(")") || last.is(":") || last.is(";") || quoteMark(last) || last.text().endsWith("’")
                || last.text().endsWith("'")) return false;
        int words = 0;
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (quoteMark(x)) return false;
            if (x.isWord()) words++;
        }
        return words >= CAPTION_WORDS;
    }

    /**
     * "… still the No. 1 force in Spain."--Kim Hjelmgaard.": a news brief signed by its writer after its last sentence.
     * A paragraph that is itself one quotation signed with a dash ("“…” ― Pamela Padilla") is a vox pop, not a sign-off.
     * Returns where the sign-off starts (its dash), or {@code to}.
     */
    private static int signOff(List<Token> t, int from, int to) {
        if (quoteMark(t.get(from))) return to;
        int end = to - 1;
        if (end > from && t.get(end).is(".")) end--;
        int k = end;
        while (k > from && end - k < 4 && t.get(k).isCapitalized() && t.get(k).isWord()) k--;
        if (k == end || k <= from || !(t.get(k).is("—") || t.get(k).is("–") || t.get(k).is("-"))) return to;
        if (t.get(k).is("-") && k - 1 > from && t.get(k - 1).is("-")) k--; // "--" typed for a dash
        Token before = t.get(k - 1);
        return before.isSentenceEnd() || quoteMark(before) ? k : to;
    }

    /**
     * "In this photo dated Tuesday, the Soyuz-FG rocket … is installed on a launch pad. (Oleg Urusov/ Roscosmos Space
     * Agency Press Service photo via AP)", "… at the White House. (AP Photo/Evan Vucci)": a paragraph that closes with
     * its picture's credit in brackets is the picture's caption, whatever sentences it has.
     */
    private static boolean creditedCaption(List<Token> t, int from, int to) {
        int end = t.get(to - 1).is(".") ? to - 2 : to - 1;
        if (end <= from || !t.get(end).is(")")) return false;
        for (int k = end - 1; k > from && end - k <= CREDIT_TOKENS * 2; k--) {
            Token x = t.get(k);
            if (x.is("(")) return false;
            if (CREDIT_WORDS.contains(x.lower()) && (k + 1 < end && (t.get(k + 1).is("/") || t.get(k + 1).is("via") || t.get(k + 1).is("by"))
                    || t.get(k - 1).is("/") || t.get(k - 1).is("Getty") || k + 1 == end)) return true;
        }
        return false;
    }

    /**
     * "Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow contributed to this
     * report.", "Jane Roe contributed reporting from Paris.": the line that credits the other journalists on a story.
     */
    private static boolean contributorLine(List<Token> t, int from, int to) {
        if (to - from > CREDIT_LIST_TOKENS || !t.get(from).isCapitalized()) return false;
        for (int k = from + 1; k + 1 < to; k++) {
            Token x = t.get(k);
            if (quoteMark(x)) return false;
            if (CONTRIBUTED.contains(x.lower()) && (t.get(k + 1).is("to") || t.get(k + 1).is("reporting") || t.get(k + 1).is("research")
                    || t.get(k + 1).is(".") && k + 2 == to)) return true;
        }
        return false;
    }

    /** "Follow Jeff Horwitz and Chad Day on Twitter: https://…": where to read the writers next, not who the story is about. */
    private static boolean followLine(List<Token> t, int from, int to) {
        if (!t.get(from).text().equals("Follow") || to - from > TAGLINE_TOKENS) return false;
        for (int k = from + 1; k + 1 < to; k++) if (t.get(k).is("on") && SOCIAL_NETWORKS.contains(t.get(k + 1).text())) return true;
        return false;
    }

    /**
     * "Glenn Harlan Reynolds, a University of Tennessee law professor, is a member of USA TODAY's Board of
     * Contributors.": a story's last paragraph that opens with a name and says, in one short sentence with no
     * quotation, that the name is its columnist, contributor or author.
     */
    private static boolean authorTagline(List<Token> t, int from, int to) {
        if (to - from > TAGLINE_TOKENS || !t.get(from).isCapitalized() || from + 1 >= to || !t.get(from + 1).isCapitalized()) return false;
        boolean is = false, role = false;
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            if (quoteMark(w) || w.isSentenceEnd() && k < to - 1) return false;
            if (w.is("is")) is = true;
            if (is && TAGLINE_WORDS.contains(w.lower())) role = true;
        }
        return role;
    }

    /**
     * "(Reporting by Nidal al-Mughrabi in Cairo; Editing by Alex Richardson)", "Additional reporting by Jane Doe": the
     * wire's staff credits that close a story.
     */
    private static boolean staffCredits(List<Token> t, int from, int to) {
        int k = t.get(from).is("(") ? from + 1 : from;
        if (k + 2 >= to || !t.get(k).isCapitalized() || !STAFF_CREDIT_WORDS.contains(t.get(k).lower())) return false;
        return t.get(k + 1).is("by") || STAFF_CREDIT_WORDS.contains(t.get(k + 1).lower()) && t.get(k + 2).is("by");
    }

    /**
     * "MOSCOW (AP) — An unmanned cargo ship … broke up, the space agency said": the dateline names where the story was
     * filed, never who speaks. Capitals, then an optional date ("May 4") and "(AGENCY)", then a dash; returns the end of the dateline, or
     * {@code from} when the paragraph opens otherwise.
     */
    private static int dateline(List<Token> t, int from, int to) {
        int k = from;
        int capitals = 0;
        // "GAZA/CAIRO (Reuters) -": a story filed from two places joins them with a slash
        while (k < to && k - from < DATELINE_TOKENS && (upperCase(t.get(k)) || t.get(k).is(",") || t.get(k).is(".") || t.get(k).is("/"))) {
            if (upperCase(t.get(k))) capitals++;
            k++;
        }
        if (capitals == 0) return from;
        // "CAIRO, May 4 (Reuters) -": Reuters dates its dateline
        if (k + 1 < to && t.get(k - 1).is(",") && month(t.get(k)) && Character.isDigit(t.get(k + 1).text().charAt(0))) k += 2;
        if (k < to && t.get(k).is("(")) {
            int close = k + 1;
            while (close < to && close - k <= 4 && !t.get(close).is(")")) close++;
            if (close >= to || !t.get(close).is(")")) return from;
            k = close + 1;
        }
        return k < to && (t.get(k).is("—") || t.get(k).is("–") || t.get(k).is("-")) ? k + 1 : from;
    }

    /** "May", "Sept.", "Dec": a month's name or its abbreviation. */
    private static boolean month(Token x) {
        String w = x.lower();
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return Lexicon.MONTHS.contains(w) || Lexicon.MONTH_ABBREVIATIONS.contains(w);
    }

    /** "MOSCOW", "D.C.": a word in capitals of two letters or more. */
    public static boolean upperCase(Token x) {
        String s = x.text();
        if (!x.isWord() || s.length() < 2) return false;
        for (int i = 0; i < s.length(); i++) if (Character.isLowerCase(s.charAt(i))) return false;
        return true;
    }

    /** An opening or closing quotation mark, also typed as two apostrophes ({@code ''}) or backticks. */
    private static boolean quoteMark(Token x) {
        String s = x.text();
        if (s.length() == 1) return QUOTE_MARKS.indexOf(s.charAt(0)) >= 0;
        return s.chars().allMatch(c -> c == '\'' || c == '`' || c == '’' || c == '‘');
    }

    /**
     * "Asia Pacific, Politics, World": a line of two or more short capitalised items separated by commas (or bars or
     * bullets), with no lower-case word and nothing that ends a sentence.
     */
    private static boolean tagList(List<Token> t, int from, int to) {
        int items = 1;
        int itemWords = 0;
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (x.is(",") || x.is("|") || x.is("•") || x.is("·")) {
                if (itemWords == 0) return false;
                items++;
                itemWords = 0;
                continue;
            }
            if (!x.isWord() || !x.isCapitalized() && !x.is("and") && !x.is("&")) return false;
            if (++itemWords > 3) return false;
        }
        return items >= 2 && itemWords > 0;
    }
}
