package io.dossier.analyze.quote;

import io.dossier.analyze.text.FirstNames;
import io.dossier.analyze.text.Lexicon;

import io.dossier.analyze.text.QuoteSpan;

import io.dossier.analyze.text.Token;

import java.util.List;

/** Finds the cue and subject of each quotation: after it ("…," Nono said), before it (X said: "…") or none. */
final class DirectQuoteFinder {

    /** Cues that may come before their subject ("said Trump: …"). */
    private static final java.util.Set<String> INVERTING = Lexicon.words("inverting-cues");
    /** Words that open a clause of time or manner continuing an attribution ("said as he left"). */
    private static final java.util.Set<String> CONTINUING = java.util.Set.of("as", "while", "when", "before", "after");

    private final Doc doc;
    private final SubjectParser subjects;

    DirectQuoteFinder(Doc doc, SubjectParser subjects) {
        this.doc = doc;
        this.subjects = subjects;
    }

    int openTok(QuoteSpan q) {
        return doc.firstTokenAtOrAfter(q.open());
    }

    int closeTok(QuoteSpan q) {
        return q.closed() ? doc.firstTokenAtOrAfter(q.close()) : doc.firstTokenAtOrAfter(q.end()) - 1;
    }

    /** Cue after the closing mark: "…," Nono said / "…," said the official / "…?" Trump asked. */
    Cue after(QuoteSpan q) {
        if (!q.closed()) return null;
        List<Token> t = doc.toks;
        int close = closeTok(q);
        int para = t.get(close).paragraph();
        int hi = close + 1;
        while (hi < t.size() && hi - close <= 28 && t.get(hi).paragraph() == para && doc.inQuote[hi] < 0
                && !(SubjectParser.isQuoteMark(t.get(hi)) && !doc.isCloseMark(hi))
                && !(t.get(hi).isSentenceEnd())) {
            hi++;
        }
        Cue signed = signature(close);
        if (signed != null) return signed;
        char lastChar = doc.text.charAt(q.end() - 1);
        boolean endsSentence = lastChar == '.' || lastChar == '!' || lastChar == '?' || lastChar == '…';
        for (int c = close + 1; c < hi; c++) {
            if (t.get(c).is(";") || t.get(c).is(":")) break;
            if (!CueLexicon.quoteCue(t, c) || c > close + 1 && t.get(c - 1).is("to")) continue;
            int ce = CueLexicon.cueEnd(t, c);
            int lead = close + 1;
            while (lead < c && (t.get(lead).is(",") || t.get(lead).is("—") || t.get(lead).is("–") || CueLexicon.filler(t.get(lead)))) lead++;
            Subject s;
            // ("according to" ends in -ing too, but names its source after it: "“…,” according to Reuters")
            if (lead == c && t.get(c).lower().endsWith("ing") && !CueLexicon.according(t, c)) {
                // "“…,” adding that it's why Donald Trump …": the one adding is the sentence's subject
                s = subjects.sentenceSubject(doc.sentenceStart[doc.sentence[c]], c);
                if (s == null) return null;
            } else if (lead == c) {
                if (t.get(c).is("told") || t.get(c).is("tells")) return null;
                s = subjects.after(ce, hi);
                // "“…?” asked Sen. Barbara Mikulski" asks; "“…” asked him" does not
                if (s != null && t.get(c).is("asked") && s.kind() != Subject.Kind.NAME) return null;
            } else if (CueLexicon.according(t, c) && t.get(c - 1).is(",")) {
                // "“sickness, … or extreme weather” are all thought to contribute, according to the Department of
                // Conservation": the source of the sentence, quote and all, is named after it
                s = subjects.after(ce, hi);
            } else {
                s = null;
                if (t.get(c - 1).is(",") && INVERTING.contains(t.get(c).lower())) {
                    // "“…” if she didn't win by more, said David Wasserman, an analyst"
                    Subject inv = subjects.after(ce, hi);
                    if (inv != null && inv.kind() == Subject.Kind.NAME) s = inv;
                }
                if (s == null) {
                    s = subjects.before(c, close);
                    if (s != null && (ownClause(ce, hi) || CueLexicon.callFor(t, c) || contrasted(lead, s.firstTok(), openTok(q)))) return null;
                }
            }
            if (s == null) return null;
            int k = Math.max(ce, s.lastTok());
            if (lead != c && (t.get(c).is("told") || t.get(c).is("tells") || t.get(c).is("asked") || t.get(c).is("asks"))) k = toldObjectEnd(k, hi);
            if (endsSentence && lead != c && !endsRight(k, hi, lastChar == '!' || lastChar == '?')) return null;
            return new Cue(s, c, CueLexicon.cueText(doc.text, t, c), c - close <= 6);
        }
        return null;
    }

    private static final java.util.Set<String> MUTE_HEADS = Lexicon.words("mute-heads");

    private static boolean mute(Subject s) {
        return s.kind() == Subject.Kind.DESCRIPTION && MUTE_HEADS.contains(SpeakerResolver.head(s.text()));
    }

    private static final java.util.Set<String> CONTRASTS = Lexicon.words("contrast-conjunctions");

    /**
     * "“…”, while the Evening Standard praised …": a conjunction right before the subject sets its clause against the
     * quote's (not one opening a clause of its own before it: "“…” while they were in power, Azzouz said").
     */
    private boolean contrasted(int from, int subject, int open) {
        if (subject - 1 < from) return false;
        Token before = doc.toks.get(subject - 1);
        if (CONTRASTS.contains(before.lower())) return true;
        // "Cruz said he'd make sand “glow in the dark,” for instance, and Trump vowed to …": a comma and "and" join a
        // clause with a subject of its own, when the quote already stands in what a cue before it reports (without
        // one, "She speaks of breaking “…”, and she jokingly tells audiences" keeps the only cue there is)
        return before.is("and") && subject - 2 >= from && doc.toks.get(subject - 2).is(",") && cueBefore(open);
    }

    private static final int CUE_BEFORE_WINDOW = 40;

    /** Is there a speech cue in the sentence before the token {@code open}, within the clause-sized window before it? */
    private boolean cueBefore(int open) {
        // bounded, so that a sentence of thousands of quotations is not scanned once for each of them
        for (int k = Math.max(doc.sentenceStart[doc.sentence[open]], open - CUE_BEFORE_WINDOW); k < open; k++) {
            if (doc.inQuote[k] < 0 && CueLexicon.quoteCue(doc.toks, k)) return true;
        }
        return false;
    }

    /**
     * Does the cue after a quotation report a clause of its own rather than the quotation? "rests on “significant
     * assumptions”, and a senior government source acknowledged that ministers …": its "that" opens what it said.
     * (A subordinate clause between them, "“…” if ministers pressed ahead", was tried too: it cost the saved web
     * pages' report half a speaker.)
     */
    private boolean ownClause(int ce, int hi) {
        return ce + 1 < hi && doc.toks.get(ce + 1).is("that");
    }

    /**
     * A quote signed with a dash, as in vox pops and epigraphs: "“…” ― Pamela Padilla" or "“…” — Jorge Falcon,
     * 34, Phoenix". The name must close the line (or be followed by a comma, a full stop or the next quote).
     */
    private Cue signature(int close) {
        List<Token> t = doc.toks;
        int d = close + 1;
        if (d + 1 >= t.size() || !DASHES.contains(t.get(d).text())) return null;
        // the signature may stand in a paragraph of its own under a quote that is a paragraph of its own, as pull
        // quotes and quote round-ups print it ("“…”¶- Sanders.", "“…”¶-Michelle Marks, Philadelphia.")
        if (t.get(d).paragraph() != t.get(close).paragraph() && !wholeParagraphQuote(close)) return null;
        int a = d + 1;
        int b = a;
        while (b < t.size() && b - a < 6 && t.get(b).paragraph() == t.get(a).paragraph()
                && (NameRules.nameWord(t.get(b)) || NameRules.connector(t.get(b)))) b++;
        if (b == a) return null;
        boolean ends = b >= t.size() || t.get(b).paragraph() != t.get(a).paragraph() || t.get(b).is(",")
                || t.get(b).isSentenceEnd() || SubjectParser.isQuoteMark(t.get(b)) && !doc.isCloseMark(b);
        if (!ends) return null;
        Subject s = subjects.classify(a, b - 1);
        return s != null && s.kind() == Subject.Kind.NAME ? new Cue(s, -1, null, true) : null;
    }

    /** Does the quotation closing at {@code close} open its paragraph and end it? */
    private boolean wholeParagraphQuote(int close) {
        int open = close;
        while (open > 0 && doc.toks.get(open - 1).paragraph() == doc.toks.get(close).paragraph()) open--;
        return SubjectParser.isQuoteMark(doc.toks.get(open)) && doc.inQuote[Math.min(open + 1, close)] >= 0;
    }

    /**
     * A transcript turn quoted whole, "“WALLACE: Let’s start with …”": the speaker's name in capitals and a colon
     * open the quote. Returns the cue, whose subject ends at the token before the colon.
     */
    Cue transcriptLabel(QuoteSpan q) {
        int colon = labelColon(q);
        if (colon < 0) return null;
        Subject s = subjects.classify(doc.firstTokenAtOrAfter(q.start()), colon - 1);
        if (s == null || s.kind() != Subject.Kind.NAME) return null;
        // a transcript has several turns: a lone "“WARNING: …”" is not one; a person's full name is ("“Chris Matthews: …”")
        if (labelledQuotes() < 2 && colon != fullNameColon(q)) return null;
        Subject named = new Subject(s.kind(), s.text(), NameRules.capitalise(s.name()), s.nameStart(), s.nameEnd(),
                s.firstTok(), s.lastTok());
        return new Cue(named, -1, null, true);
    }

    /** The colon after one to three words in capitals that open the quote, or -1. */
    private int labelColon(QuoteSpan q) {
        List<Token> t = doc.toks;
        int a = doc.firstTokenAtOrAfter(q.start());
        int b = a;
        while (b < t.size() && b - a < 3 && t.get(b).end() <= q.end() && NameRules.allCaps(t.get(b).text())
                && NameRules.nameWord(t.get(b))) b++;
        if (b == a) return fullNameColon(q);
        return b >= t.size() || !t.get(b).is(":") || t.get(b).end() >= q.end() ? -1 : b;
    }

    /** The colon after a given name and a surname that open the quote ("“Chris Matthews: Seriously …”"), or -1. */
    private int fullNameColon(QuoteSpan q) {
        List<Token> t = doc.toks;
        int a = doc.firstTokenAtOrAfter(q.start());
        int b = a + 2;
        if (b >= t.size() || t.get(b).end() >= q.end() || !t.get(b).is(":")) return -1;
        Token given = t.get(a), surname = t.get(a + 1);
        return given.isCapitalized() && FirstNames.known(given.lower()) && surname.isCapitalized() && NameRules.nameWord(surname)
                && !NameRules.title(given) ? b : -1;
    }

    /**
     * Does the quote open with a full name and a colon, in an article that is no transcript? Such a label speaks only
     * when nothing else cues the quote: the protesters chanted “Chris Christie: Bad for New Jersey.”
     */
    boolean loneNameLabel(QuoteSpan q) {
        return labelledQuotes() < 2 && fullNameColon(q) >= 0;
    }

    private int labelled = -1;

    /** How many quotes open with a label in capitals and a colon. */
    private int labelledQuotes() {
        if (labelled < 0) {
            labelled = 0;
            for (QuoteSpan q : doc.quotes) if (labelColon(q) >= 0) labelled++;
        }
        return labelled;
    }

    private static final java.util.Set<String> DASHES = java.util.Set.of("―", "—", "–", "-");

    /**
     * The first name in the sentence that is not inside a prepositional phrase: "In a statement released Thursday,
     * Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “…”".
     */
    private Subject firstName(int from, int to) {
        List<Token> t = doc.toks;
        for (int k = from; k < to && k < from + 15; k++) {
            if (doc.inQuote[k] >= 0 || !NameRules.nameWord(t.get(k)) || NameRules.function(t.get(k))) continue;
            if (k > from && (CueLexicon.PREPOSITIONS.contains(t.get(k - 1).lower()) || t.get(k - 1).is("by"))) return null;
            int e = k;
            while (e + 1 < to && (NameRules.nameWord(t.get(e + 1)) || NameRules.connector(t.get(e + 1)))) e++;
            Subject s = subjects.classify(k, e);
            return s != null && s.kind() == Subject.Kind.NAME ? s : null;
        }
        return null;
    }

    /**
     * The last token of the person or audience told or asked, from {@code k} (the cue or its subject): "…?” he told Fox News",
     * "…?” Todd asked the real estate mogul",
     * "…!” he told the cheering crowd", "…?” she told Britain’s ITV television station in an interview" — a noun
     * phrase of names, determiners, possessives, adjectives and nouns. A pronoun or a verb ends it ("…!” he told
     * the crowd he would win" is a new sentence).
     */
    private int toldObjectEnd(int k, int hi) {
        List<Token> t = doc.toks;
        int e = k;
        while (e + 1 < hi && e - k < 8 && toldObjectWord(t.get(e + 1))) e++;
        // "…?” Trump asked reporters rhetorically during …": an adverb after the one asked
        while (e + 1 < hi && CueLexicon.filler(t.get(e + 1))) e++;
        return e;
    }

    private static boolean toldObjectWord(Token w) {
        if (NameRules.nameWord(w) || w.is("’s") || w.is("'s")) return true;
        if (!w.isWord() || CueLexicon.SUBJECT_PRONOUNS.contains(w.lower()) || w.is("that")) return false;
        String tag = w.tag();
        return "DET".equals(tag) || "ADJ".equals(tag) || "NOUN".equals(tag) || "PROPN".equals(tag) || "NUM".equals(tag)
                || w.lower().endsWith("’s") || w.lower().endsWith("'s");
    }

    /** After a quote ending in . ! ?, "Trump asked." is an attribution but "Trump said the ..." starts a new sentence. */
    private boolean endsRight(int k, int hi, boolean exclaims) {
        List<Token> t = doc.toks;
        int next = k + 1;
        if (next >= t.size() || next >= hi) return true;
        Token n = t.get(next);
        if (n.is(",") || n.isSentenceEnd() || NameRules.calendar(n)) return true;
        String w = n.lower();
        if (w.equals("in") || w.equals("on") || w.equals("at") || w.equals("during") || w.equals("of")
                || w.equals("reporters") || w.equals("to") || w.equals("him") || w.equals("her") || w.equals("them")) return true;
        // "“…!” Mayor Reyes said as he opened the session", "… said matter-of-factly": a clause of time or manner
        // goes on the attribution, it starts no new sentence
        if (CONTINUING.contains(w) && !(next + 1 < hi && t.get(next + 1).is("much")) || w.endsWith("ly") && "ADV".equals(n.tag())) return true;
        // "“…!” the group shouted from the street", "“…?” Lichtman said about the plan": after ! or ? the sentence
        // may go on with any preposition (after a full stop, "Biden was arranging calls with …" is a new sentence)
        return exclaims && CueLexicon.PREPOSITIONS.contains(w);
    }

    /**
     * "Sanders was asked by host Bill Maher, “…”": a passive "was asked by" or "was told by" (at the verb) — the one
     * after "by" speaks the quote that follows, not the sentence's subject.
     */
    private boolean passiveBy(int c, int open) {
        return c + 2 < open && CueLexicon.passive(doc.toks, c) && doc.toks.get(c + 1).is("by");
    }

    /** Words before a gerund that hangs on the clause ("upon saying", "after telling"). */
    private static final java.util.Set<String> GERUND_OPENERS = Lexicon.words("gerund-prepositions");

    /**
     * "Thiel wrote in a statement to Wired explaining …", "Clinton replied on Facebook writing …": a participle right
     * after a name that is the object of a preposition; the name is where or to whom it was said, not who says it.
     */
    private boolean afterPrepositionalObject(int c, int lo) {
        List<Token> t = doc.toks;
        int k = c - 1;
        while (k > lo && k > c - 5 && NameRules.nameWord(t.get(k))) k--;
        if (k == c - 1 || k <= lo) return false;
        Token p = t.get(k);
        // "of" joins the name to a noun; "with Gorka noting …" makes the name the participle's own subject
        return !p.isCapitalized() && CueLexicon.PREPOSITIONS.contains(p.lower()) && !p.is("of") && !p.is("with");
    }

    /** Cue before the opening mark, within the same sentence (or a paragraph ending with a colon just before). */
    Cue before(QuoteSpan q, int previousClose) {
        List<Token> t = doc.toks;
        int open = openTok(q);
        if (open <= 0) return null;
        int sent = doc.sentence[open];
        int lo = Math.max(doc.sentenceStart[sent] - 1, Math.max(previousClose, open - 45));
        if (doc.sentenceStart[sent] == open && t.get(open - 1).is(":") && t.get(open - 1).paragraph() < t.get(open).paragraph()) {
            int prevSent = doc.sentence[open - 1];
            lo = Math.max(doc.sentenceStart[prevSent] - 1, Math.max(previousClose, open - 45));
        }
        for (int c = open - 1; c > lo; c--) {
            if (doc.inQuote[c] >= 0) {
                QuoteSpan inner = doc.quotes.get(doc.inQuote[c]);
                if (!inner.closed() || QuoteExtractor.words(doc.text, inner.start(), inner.end()) >= QuoteExtractor.FRAGMENT_WORDS) break;
                c = openTok(inner); // look past a quoted fragment
                continue;
            }
            if (!CueLexicon.quoteCue(t, c) || c - 1 > lo && t.get(c - 1).is("to")) continue;
            int ce = CueLexicon.cueEnd(t, c);
            Subject s = null;
            if (CueLexicon.according(t, c)) {
                s = subjects.after(ce, open);
            } else if (passiveBy(c, open)) {
                s = subjects.after(c + 1, open);
                if (s == null) continue;
            } else {
                String w = t.get(c).lower();
                boolean participle = w.endsWith("ing") && c - 1 > lo && (t.get(c - 1).is(",")
                        || GERUND_OPENERS.contains(t.get(c - 1).lower()) || afterPrepositionalObject(c, lo));
                // "Trump went after Bush, calling him “…”", "incurred boos upon saying", "wrote in a statement to
                // Wired explaining": the subject of the sentence, not the object before the participle
                s = participle ? subjects.participleSubject(doc.sentenceStart[doc.sentence[c]], c) : null;
                if (s == null) s = subjects.before(c, lo);
                if (s == null && participle) {
                    s = firstName(doc.sentenceStart[doc.sentence[c]], c);
                } else if (s == null && INVERTING.contains(w)) {
                    s = subjects.after(ce, open);
                }
            }
            // "the JWC said the change reflected “…”": what changes does not speak; the cue before it does
            if (s == null || mute(s)) continue;
            boolean adjacent = true;
            for (int k = Math.max(ce, s.lastTok()) + 1; k < open; k++) {
                Token tk = t.get(k);
                if (!(tk.is(":") || tk.is(",") || tk.is("that") || tk.is("—") || tk.is("–"))) {
                    adjacent = false;
                    break;
                }
            }
            return new Cue(s, c, CueLexicon.cueText(doc.text, t, c), adjacent);
        }
        // "David Wasserman: “…”"
        if (t.get(open - 1).is(":") && open - 2 > lo) {
            Subject s = subjects.chunkBefore(open - 2, lo);
            // "… TURNOUT IN IOWA - Michael P. McDonald: “…”": a name after a dash counts as opening too
            boolean afterDash = s != null && s.firstTok() > 0 && DASHES.contains(t.get(s.firstTok() - 1).text());
            if (s != null && s.kind() == Subject.Kind.NAME
                    && (s.firstTok() == doc.sentenceStart[doc.sentence[s.firstTok()]] || afterDash)) {
                return new Cue(s, -1, null, true);
            }
        }
        return null;
    }
}
