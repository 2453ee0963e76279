package io.dossier.analyze.quote;

import io.dossier.analyze.text.Lexicon;
import io.dossier.analyze.text.Tokenizer;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.QuoteSpan;

import io.dossier.analyze.text.Token;

import io.dossier.model.QuoteKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotes and reported statements in an article and who made them.
 *
 * <p>Direct quotes: text in quotation marks (straight, curly, guillemets, primary single curly quotes) that is
 * a statement — it has a cue next to it ("…," Nono said / X said: "…" / "…," said the official), continues a
 * quote across a paragraph break, follows a statement by a known speaker in the same or the previous paragraph,
 * or is long and sentence-like. Short quoted labels and titles without a cue are skipped.
 * Reported speech: "X said (that) …", "…, X said.", "…, said X.", "according to X, …".
 * Speakers are proper names in their fullest form in the article; pronouns and definite descriptions are
 * resolved to an earlier speaker or person; unnamed sources keep a description.
 *
 * <p>Rule-based and linear in the text length (a 1,000-word article takes a few milliseconds). Thread-safe.
 */
public final class QuoteExtractor {

    /** Quotes at least this long (in words) count as statements even without a cue. */
    static final int LONG_QUOTE_WORDS = 8;
    /**
     * A quote with a cue that is not right next to it (a partial quote in reported speech) needs this many words:
     * one, as a quoted word in reported speech ("called him a “loser”") is the speaker's own word.
     */
    static final int PARTIAL_QUOTE_WORDS = 1;
    /** A quote without a cue takes the last speaker if they spoke at most this many paragraphs before. */
    static final int INHERIT_PARAGRAPHS = 3;
    /** A quote shorter than this (in words) is a fragment that a cue search may look past. */
    static final int FRAGMENT_WORDS = 4;


    /**
     * The statements in an article prepared by the language layer, their speakers chosen among the actors'
     * mentions ({@code candidates}).
     */
    public List<Attribution> extract(Document document, List<Candidate> candidates) {
        String text = document.text();
        if (text.isBlank()) return List.of();
        Doc doc = new Doc(document);
        List<Mention> mentions = Mentions.of(doc, candidates);
        SubjectParser subjects = new SubjectParser(doc, mentions);
        DirectQuoteFinder direct = new DirectQuoteFinder(doc, subjects);
        boolean[] usedCue = new boolean[doc.toks.size()];
        List<Draft> drafts = new ArrayList<>();

        List<QuoteSpan> quotes = doc.quotes;
        Cue[] cues = new Cue[quotes.size()];
        int[] chain = new int[quotes.size()];
        for (int k = 0; k < quotes.size(); k++) {
            QuoteSpan q = quotes.get(k);
            chain[k] = q.continues() && k > 0 ? chain[k - 1] : k;
            int previousClose = -1;
            QuoteSpan prev = k > 0 ? quotes.get(k - 1) : null;
            // a short quoted fragment before ("called Obama a “petulant child” who is acting “…”") does not hide the cue
            if (prev != null && prev.paragraph() == q.paragraph() && prev.closed()
                    && words(text, prev.start(), prev.end()) >= FRAGMENT_WORDS) {
                previousClose = direct.closeTok(quotes.get(k - 1));
            }
            Cue label = direct.transcriptLabel(q);
            if (label != null && !direct.loneNameLabel(q)) {
                cues[k] = label;
                continue;
            }
            Cue after = direct.after(q);
            Cue before = direct.before(q, previousClose);
            if (label != null && after == null && before == null) {
                cues[k] = label; // "“Chris Matthews: Seriously …”" in a quote nothing else cues
                continue;
            }
            Cue cue;
            char lastChar = text.charAt(q.end() - 1);
            boolean signed = after != null && after.tok() < 0; // "“…” ― Pamela Padilla"
            if (after != null && (signed || lastChar == ',' || before == null || !before.adjacent())) cue = after;
            else cue = before != null ? before : after;
            if (cue == null && prev != null && cues[k - 1] != null) cue = coordinated(doc, direct, prev, q, cues[k - 1]);
            cues[k] = cue;
        }
        // a quote running over several paragraphs shares one cue
        Cue[] chainCue = new Cue[quotes.size()];
        for (int k = 0; k < quotes.size(); k++) if (chainCue[chain[k]] == null) chainCue[chain[k]] = cues[k];
        for (int k = 0; k < quotes.size(); k++) if (cues[k] == null) cues[k] = chainCue[chain[k]];
        List<Integer> uncued = new ArrayList<>();
        for (int k = 0; k < quotes.size(); k++) {
            QuoteSpan q = quotes.get(k);
            Cue cue = cues[k];
            int words = words(text, q.start(), q.end());
            boolean chained = chain[k] != k || (k + 1 < quotes.size() && chain[k + 1] == k);
            boolean statement;
            if (cue != null) {
                statement = (cue.adjacent() ? words >= 1 : words >= PARTIAL_QUOTE_WORDS) && !label(text, q, words);
            } else {
                statement = chained || words >= LONG_QUOTE_WORDS && !titleCase(text, q.start(), q.end())
                        || words >= 4 && sentenceLike(text, q);
            }
            // `Robert “Bobby” Scott said`: a nickname inside a name is part of the name, not a quotation
            boolean title = workTitle(doc, q, words) || insideName(mentions, q);
            // a quotation no cue reaches may still stand inside reported speech (quotedInReportedSpeech)
            if (!statement && cue == null && words >= FRAGMENT_WORDS && !title) uncued.add(k);
            if (!statement || title) continue;
            // a quoted word or two inside reported speech leaves the cue to the reported statement around it
            if (cue != null && cue.tok() >= 0 && (cue.adjacent() || words >= 3)) usedCue[cue.tok()] = true;
            drafts.add(new Draft(QuoteKind.DIRECT, afterLabel(doc, q, cue), q.end(), cue, direct.openTok(q), chain[k]));
        }
        List<Draft> indirect = new IndirectFinder(doc, subjects).find(usedCue);
        drafts.addAll(indirect);
        drafts.addAll(quotedInReportedSpeech(doc, direct, quotes, uncued, indirect, chain));
        drafts.sort(Comparator.comparingInt(Draft::anchor).thenComparingInt(Draft::start));

        SpeakerResolver resolver = new SpeakerResolver(doc, mentions);
        List<Attribution> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Speaker sp;
            String cueText = null;
            if (d.cue() != null) {
                sp = resolver.resolve(d.cue().subject(), d.cue().tok() >= 0 ? d.cue().tok() : d.anchor());
                // "“…,” Obama said, according to a White House pool report": the report is the source
                Subject outer = d.kind() == QuoteKind.DIRECT ? outerSource(doc, subjects, d) : null;
                if (outer != null) {
                    Speaker o = resolver.resolve(outer, outer.firstTok());
                    if (o != null) sp = o.withPass("outer-source/" + o.pass());
                }
                if (sp == null) sp = Speaker.unnamed(d.cue().subject().text());
                cueText = d.cue().text();
            } else {
                sp = sentenceSubjectSpeaker(doc, subjects, resolver, d.anchor());
                if (sp == null) sp = resolver.recent(d.anchor(), INHERIT_PARAGRAPHS);
                sp = sp == null ? Speaker.unnamed(null)
                        : sp.pass() != null && sp.pass().startsWith("inherited/") ? sp : sp.withPass("inherited");
            }
            // a quoted fragment ("called him a “loser”") does not make its speaker the one a later "he" refers to
            boolean fragment = d.kind() == QuoteKind.DIRECT && d.cue() != null && !d.cue().adjacent() && words(text, d.start(), d.end()) < 3;
            if (d.cue() != null && !fragment) resolver.record(sp, d.anchor(), d.cue().subject().firstTok(), d.kind() == QuoteKind.DIRECT);
            out.add(new Attribution(text.substring(d.start(), d.end()), d.kind(), sp.name(), sp.start(), sp.end(), sp.entity(),
                    sp.name() == null ? sp.description() : null, cueText, d.start(), d.end(), sp.pass()));
        }
        out.sort(Comparator.comparingInt(Attribution::start));
        return out;
    }

    /** Does an actor's mention hold the whole quotation, marks and all (a nickname: `Thomas "Tad" Brennan`)? */
    private static boolean insideName(List<Mention> mentions, QuoteSpan q) {
        int lo = 0, hi = mentions.size();
        while (lo < hi) { // mentions are in text order: the last one starting before the quotation
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < q.start()) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && mentions.get(lo - 1).end() > q.end();
    }

    /**
     * "One senior figure at a bank, who did not want to be named, told the BBC that voice-clone cases were now “the
     * fastest-growing type of fraud we see”": a quotation of four words or more that no cue reaches, inside the
     * reported speech of a statement found around it, is that statement's speaker's words.
     */
    private static List<Draft> quotedInReportedSpeech(Doc doc, DirectQuoteFinder direct, List<QuoteSpan> quotes, List<Integer> uncued,
                                                      List<Draft> indirect, int[] chain) {
        List<Draft> out = new ArrayList<>();
        if (uncued.isEmpty() || indirect.isEmpty()) return out;
        // one sweep in text order (the quotations come in order): of the statements starting at or before a
        // quotation, the one reaching furthest is the one that can hold it
        List<Draft> byStart = new ArrayList<>(indirect);
        byStart.removeIf(d -> d.cue() == null);
        byStart.sort(Comparator.comparingInt(Draft::start));
        int next = 0;
        Draft widest = null;
        for (int k : uncued) {
            QuoteSpan q = quotes.get(k);
            while (next < byStart.size() && byStart.get(next).start() <= q.start()) {
                Draft d = byStart.get(next++);
                if (widest == null || d.end() > widest.end()) widest = d;
            }
            if (widest != null && q.end() <= widest.end()) {
                out.add(new Draft(QuoteKind.DIRECT, q.start(), q.end(), widest.cue(), direct.openTok(q), chain[k]));
            }
        }
        return out;
    }

    /**
     * "Vocalis said its terms required “explicit written consent” and that it was “looking into how our product was
     * used”": a quotation joined by "and" to the one before, in the same sentence with no verb of its own saying who
     * speaks, goes on with that quotation's cue; null otherwise.
     */
    private static Cue coordinated(Doc doc, DirectQuoteFinder direct, QuoteSpan prev, QuoteSpan q, Cue previous) {
        int close = direct.closeTok(prev), open = direct.openTok(q);
        if (close < 0 || open <= close || doc.sentence[close] != doc.sentence[open]) return null;
        boolean and = false;
        for (int k = close + 1; k < open; k++) {
            Token w = doc.toks.get(k);
            if (w.isSentenceEnd() || CueLexicon.quoteCue(doc.toks, k)) return null;
            and |= w.is("and");
        }
        return and ? new Cue(previous.subject(), previous.tok(), previous.text(), false) : null;
    }

    /**
     * A quotation with no cue inside a sentence is the words of that sentence's subject, found past introductory
     * phrases: a name ("After a long silence, Mayor Ruth Olsen closed with a pledge that “…”") is the actor named
     * there (a capitalised word no actor answers to, "Boos rained down …", is none); "he" or "she" ("He then turned
     * to the cameras, “…”") is resolved as a cue's subject would be. Null when the quotation opens its sentence or
     * the subject is neither.
     */
    private static Speaker sentenceSubjectSpeaker(Doc doc, SubjectParser subjects, SpeakerResolver resolver, int open) {
        if (open < 0 || open >= doc.toks.size()) return null;
        int ss = doc.sentenceStart[doc.sentence[open]];
        if (ss >= open || doc.inQuote[ss] >= 0) return null;
        Subject words = subjects.wordsOf(ss, open);
        if (words != null) {
            Speaker sp = resolver.resolve(words, words.firstTok());
            return sp == null || sp.name() == null ? null : sp.withPass("inherited/words-of");
        }
        Subject s = subjects.sentenceSubject(ss, open);
        if (s == null) return null;
        if (s.kind() == Subject.Kind.NAME) {
            Speaker sp = resolver.resolve(s, s.firstTok());
            return sp == null || sp.name() == null || sp.entity() < 0 ? null : sp.withPass("inherited/sentence-name");
        }
        // "The petition accuses the campaign of “…”", "A footnote in the report makes that clear: “…”": a text that is
        // the sentence's subject speaks its quotation itself, not whoever spoke last
        if (s.kind() == Subject.Kind.DESCRIPTION && SpeakerResolver.ownerlessText(s.text())) {
            return Speaker.unnamed(s.text()).withPass("inherited/sentence-text");
        }
        if (s.kind() != Subject.Kind.PRONOUN || !(s.text().equalsIgnoreCase("he") || s.text().equalsIgnoreCase("she"))) {
            return null;
        }
        Speaker sp = resolver.resolve(s, s.firstTok());
        return sp == null || sp.name() == null ? null : sp.withPass("inherited/sentence-" + sp.pass());
    }

    /** Where the quoted words start: after a transcript label inside the quote ("“WALLACE: Let’s …”"). */
    private static int afterLabel(Doc doc, QuoteSpan q, Cue cue) {
        if (cue == null || cue.tok() >= 0) return q.start();
        Token first = doc.toks.get(cue.subject().firstTok());
        int colon = cue.subject().lastTok() + 1;
        if (first.start() < q.start() || colon >= doc.toks.size() || !doc.toks.get(colon).is(":")) return q.start();
        int s = doc.toks.get(colon).end();
        while (s < q.end() && Tokenizer.space(doc.text.charAt(s))) s++;
        return s < q.end() ? s : q.start();
    }

    /**
     * A source that reports the quote's cue in the same sentence right after it: "…,” X said, according to CNN"
     * or "…,” said X, reports USA Today" — the outer source, as PolNeAR annotates it.
     */
    private static Subject outerSource(Doc doc, SubjectParser subjects, Draft d) {
        int c = d.cue().tok();
        if (c < 0 || CueLexicon.according(doc.toks, c)) return null;
        int sent = doc.sentence[c];
        int hi = sent + 1 < doc.sentenceStart.length ? doc.sentenceStart[sent + 1] : doc.toks.size();
        // "According to CNN, Sanders said: “…”"
        for (int i = doc.sentenceStart[sent]; i + 2 < c; i++) {
            if (doc.inQuote[i] >= 0) break;
            if (CueLexicon.according(doc.toks, i)) {
                Subject s = named(subjects.after(i + 1, c));
                if (s != null) return s;
            }
        }
        for (int i = c + 1; i + 1 < hi && i <= c + 14; i++) {
            Token t = doc.toks.get(i);
            if (doc.inQuote[i] >= 0) return null;
            if (!t.text().equals(",")) continue;
            Token n = doc.toks.get(i + 1);
            if (CueLexicon.according(doc.toks, i + 1)) return named(subjects.after(i + 2, hi));
            if ((n.is("reports") || n.is("reported")) && i + 2 < hi) return named(subjects.after(i + 1, hi));
        }
        return null;
    }

    private static Subject named(Subject s) {
        return s == null || s.kind() == Subject.Kind.PRONOUN ? null : s;
    }

    static int words(String text, int start, int end) {
        int w = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) w++;
            in = letter || (in && (text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-'));
        }
        return w;
    }

    /** Title Case text ("The Nightly Show with Larry Wilmore") is a name, not a statement. */
    static boolean titleCase(String text, int start, int end) {
        int caps = 0;
        int words = 0;
        boolean atWord = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (atWord) {
                    words++;
                    if (Character.isUpperCase(c)) caps++;
                }
                atWord = false;
            } else if (Tokenizer.space(c)) {
                atWord = true;
            }
        }
        char last = text.charAt(end - 1);
        return words > 0 && caps * 10 >= words * 7 && ".!?,".indexOf(last) < 0;
    }

    /** A quoted label even though a cue is near: one Title Case phrase used as a name. */
    private static boolean label(String text, QuoteSpan q, int words) {
        return words <= 6 && titleCase(text, q.start(), q.end()) && words > 1;
    }

    /** Nouns for titled works ("film", "book", "show"): a quotation right after one is its title. */
    private static final Set<String> WORK_NOUNS = Lexicon.words("work-nouns");
    /** Words that introduce a title after a work noun: "a column headlined “…”". */
    private static final Set<String> NAMING = Set.of("titled", "entitled", "called", "named", "headlined", "dubbed");
    /** Small words a title leaves in lower case. */
    private static final Set<String> TITLE_SMALL_WORDS = Lexicon.words("title-small-words");

    /**
     * The title of a film, book, show or song, not a statement: a quotation introduced by a work noun ("the film “The
     * Post”", "his book, “The Art of the Deal,”", "an op-ed titled “…”"), or two words or more in title case that do
     * not end a sentence and either follow a possessive ("NBC’s “Meet the Press”") or hold no verb.
     */
    static boolean workTitle(Doc doc, QuoteSpan q, int words) {
        List<Token> t = doc.toks;
        char first = doc.text.charAt(q.start());
        // a title starts with a capital ("called the show “the conservative news show of record”" is a statement)
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && first != '#' && first != '\'' && first != '‘') return false;
        int open = doc.firstTokenAtOrAfter(q.open());
        int k = open - 1;
        if (k >= 0 && t.get(k).is(",")) k--;
        if (k >= 0 && NAMING.contains(t.get(k).lower())) k--;
        if (k >= 0 && !t.get(k).isCapitalized() && WORK_NOUNS.contains(t.get(k).lower())) return true;
        if (words < 2 || !strictTitleCase(doc.text, q.start(), q.end())) return false;
        for (int i = q.start(); i < q.end() - 1; i++) {
            char c = doc.text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Tokenizer.space(doc.text.charAt(i + 1))) return false; // "Like Oakland. Or Ferguson,"
        }
        char last = doc.text.charAt(q.end() - 1);
        if (last == '.' || last == '!' || last == '?') return false;
        Token before = open > 0 ? t.get(open - 1) : null;
        if (before != null && before.isCapitalized() && (before.text().endsWith("’s") || before.text().endsWith("'s"))) return true;
        int close = doc.firstTokenAtOrAfter(q.end());
        for (int i = open + 1; i < close && i < t.size(); i++) {
            String tag = doc.tag(i);
            if ("VERB".equals(tag) || "AUX".equals(tag)) return false;
        }
        return true;
    }

    /** Every word but the small ones starts with a capital (or a digit), the first one too. */
    private static boolean strictTitleCase(String text, int start, int end) {
        int i = start;
        boolean first = true;
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(text.charAt(i))) i++;
            int s = i;
            while (i < end && !Tokenizer.space(text.charAt(i))) i++;
            if (s >= end) break;
            String w = text.substring(s, i).replaceAll("[^\\p{L}\\p{N}.]+$", "");
            char c = w.isEmpty() ? 'x' : w.charAt(0);
            boolean small = !first && TITLE_SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
            if (!small && !Character.isUpperCase(c) && !Character.isDigit(c)) return false;
            first = false;
        }
        return !first;
    }

    /** Starts with a capital letter and ends with sentence punctuation: a full sentence quoted. */
    private static boolean sentenceLike(String text, QuoteSpan q) {
        char first = text.charAt(q.start());
        char last = text.charAt(q.end() - 1);
        return Character.isUpperCase(first) && ".!?,".indexOf(last) >= 0;
    }
}
