package io.dossier.analyze.quote;

import io.dossier.analyze.text.Lexicon;

import io.dossier.analyze.text.Token;

import io.dossier.model.QuoteKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech without quotation marks: "X said (that) …", "…, X said.", "…, said X.",
 * "according to X, …", "…, according to X." The content is the reported clause.
 */
final class IndirectFinder {

    private static final Set<String> OBJECTS = Lexicon.words("speech-objects");

    /** Words that open an introductory phrase ("In a statement, …", "As he left, …"). */
    private static final Set<String> INTRO = Lexicon.words("intro-words");

    /** Cues that report speech only before a clause ("added that …", not "added a third"). */
    private static final Set<String> CLAUSE_ONLY = Lexicon.words("clause-only-cues");

    private final Doc doc;
    private final SubjectParser subjects;

    IndirectFinder(Doc doc, SubjectParser subjects) {
        this.doc = doc;
        this.subjects = subjects;
    }

    List<Draft> find(boolean[] usedCue) {
        List<Token> t = doc.toks;
        List<Draft> out = new ArrayList<>();
        int n = t.size();
        for (int c = 0; c < n; c++) {
            if (usedCue[c] || doc.inQuote[c] >= 0 || !CueLexicon.reportingCue(t, c)) continue;
            if (c > 0 && (t.get(c - 1).is("to") || t.get(c - 1).is("be") || t.get(c - 1).is("being"))) continue;
            Draft d = at(c);
            if (d != null) {
                out.add(d);
                c = CueLexicon.cueEnd(t, c);
            }
        }
        return out;
    }

    private Draft at(int c) {
        List<Token> t = doc.toks;
        int sent = doc.sentence[c];
        int ss = doc.sentenceStart[sent];
        int se = sent + 1 < doc.sentenceStart.length ? doc.sentenceStart[sent + 1] - 1 : t.size() - 1;
        int last = se;
        while (last > c && (t.get(last).isSentenceEnd() || SubjectParser.isQuoteMark(t.get(last)) && doc.inQuote[last] < 0 && !doc.isCloseMark(last))) last--;
        int ce = CueLexicon.cueEnd(t, c);
        String cueText = CueLexicon.cueText(doc.text, t, c);
        boolean commaBefore = c > ss && t.get(c - 1).is(",");

        if (CueLexicon.according(t, c)) {
            Subject s = subjects.after(ce, se + 1);
            if (s == null) return null;
            if (commaBefore) return draft(ss, c - 2, s, c, cueText);
            boolean opening = true;
            for (int k = ss; k < c; k++) if (!CueLexicon.filler(t.get(k)) && !NameRules.function(t.get(k))) opening = false;
            if (!opening) return null;
            int k = s.lastTok() + 1;
            while (k <= last && !t.get(k).is(",") && k - s.lastTok() < 12) k++;
            return k < last ? draft(k + 1, last, s, c, cueText) : null;
        }
        if (commaBefore) {
            String w = t.get(c).lower();
            if (w.endsWith("ing")) {
                // "Trump attacked Clinton, saying she ..." — the subject is the sentence's subject
                Subject s = subjects.participleSubject(ss, c);
                if (s == null || s.lastTok() >= c - 1) return null;
                return draft(content(ce + 1, last), last, s, c, cueText);
            }
            if (w.equals("told") || w.equals("tells") || w.equals("tell")) {
                // "Maryam Violet, an Iranian journalist, told the Guardian that …" — whoever is told is not the speaker
                Subject s = subjects.after(ss - 1, c);
                if (s == null || s.lastTok() >= c - 1) return null;
                return draft(content(skipObject(ce + 1, last), last), last, s, c, cueText);
            }
            // "…, said the official, who asked not to be named." — but in "Rosneft, the state oil company, said it
            // would sell …" the pronoun after the cue opens the reported clause; it is no inverted subject
            Subject s = subjects.after(ce, se + 1);
            // "Her coach, Ruud van der Meer, said the team would ask …": a verb after the phrase makes it the reported
            // clause's subject, not the cue's
            if (s != null && s.kind() != Subject.Kind.PRONOUN && !verbAfter(s.lastTok(), last)) return draft(ss, c - 2, s, c, cueText);
            // "Dong Xiaolin, a spokesman for the embassy, said China …", "A senior security source, who declined to be
            // named, said the mediators …": the subject opens the sentence, an appositive or a relative clause stands
            // between it and the cue, and the reported clause follows
            Subject opener = subjects.before(c, ss - 1);
            if (opener == null || opener.kind() == Subject.Kind.PRONOUN || opener.firstTok() != ss && !appositiveName(opener, ss)) return null;
            return draft(content(ce + 1, last), last, opener, c, cueText);
        }
        Subject s = subjects.before(c, ss - 1);
        if (s == null) return null;
        int before = s.firstTok() - 1;
        // "Strikes killed 12 people on Tuesday, health officials said, as talks stalled": an attribution set off by
        // commas reports the clause before it, whatever follows — unless what stands before is an introductory
        // phrase ("In the years since the shootings, Barden says, far too many lives …")
        boolean parenthetical = ce + 1 <= last && t.get(ce + 1).is(",") && !INTRO.contains(t.get(ss).lower());
        if (before >= ss && t.get(before).is(",") && (shortTail(ce, last) || parenthetical)) {
            // "…, a Hamas official told Reuters." — a clause; "In a wide-ranging interview, Obama also said:" fronts a
            // phrase with no verb, and what he said follows the colon; "In a statement, the club said Saka would be
            // assessed on Monday" fronts one too, and what it said follows the cue
            if (hasVerb(ss, before - 1)) return draft(ss, before - 1, s, c, cueText);
            if (parenthetical || ce + 1 > last || t.get(ce + 1).is(":") || doc.inQuote[ce + 1] >= 0
                    || SubjectParser.isQuoteMark(t.get(ce + 1)) || !hasVerb(ce + 1, last)) return null;
        }
        if (s.firstTok() > ss && !t.get(s.firstTok() - 1).is(",") && !NameRules.function(t.get(s.firstTok() - 1))
                && !t.get(s.firstTok() - 1).is(":") && !dash(t.get(s.firstTok() - 1))) {
            // the subject phrase is not at a clause start: probably not a subject at all
            return null;
        }
        int k = ce + 1;
        // "Gnonto added a third after the break": no clause follows, so nothing was said
        if (CLAUSE_ONLY.contains(t.get(c).lower()) && !(k <= last && t.get(k).is("that")) && !hasVerb(k, last)) return null;
        if (t.get(c).is("told") || t.get(c).is("tells") || t.get(c).is("tell")) k = skipObject(k, last);
        k = content(k, last);
        return draft(k, last, s, c, cueText);
    }

    /** "MOSCOW (AP) — The agency said", also typed with an en dash or a hyphen: a clause opens after it. */
    private static boolean dash(Token x) {
        return x.is("—") || x.is("–") || x.is("-");
    }

    /**
     * "Her coach, Ruud van der Meer, said …", "Carson's business manager, Armstrong Williams, said …": the name set off
     * by commas after a description that opens the sentence, with no verb in it, is the subject.
     */
    private boolean appositiveName(Subject s, int ss) {
        int comma = s.firstTok() - 1;
        // the description ends in a common noun ("coach", "manager"), not a name with its tag ("Sen. Luis Carvajal, D-N.M.")
        return s.kind() == Subject.Kind.NAME && comma > ss && doc.toks.get(comma).is(",") && !hasVerb(ss, comma - 1)
                && !doc.toks.get(comma - 1).isCapitalized();
    }

    /** Is the token after {@code tok}, up to {@code last}, a verb or an auxiliary ("the team would", "the club has")? */
    private boolean verbAfter(int tok, int last) {
        if (tok + 1 > last) return false;
        String tag = doc.toks.get(tok + 1).tag();
        return "VERB".equals(tag) || "AUX".equals(tag);
    }

    private boolean hasVerb(int from, int to) {
        for (int k = from; k <= to; k++) {
            String tag = doc.toks.get(k).tag();
            if ("VERB".equals(tag) || "AUX".equals(tag)) return true;
        }
        return false;
    }

    private boolean shortTail(int ce, int last) {
        if (last - ce > 8) return false;
        for (int k = ce + 1; k <= last; k++) {
            if (doc.toks.get(k).is("that") || doc.inQuote[k] >= 0) return false;
        }
        return true;
    }

    private int skipObject(int k, int last) {
        List<Token> t = doc.toks;
        for (int j = k; j <= last && j < k + 7; j++) if (t.get(j).is("that")) return j;
        if (k > last) return k;
        Token o = t.get(k);
        if (OBJECTS.contains(o.lower())) return k + 1;
        if (NameRules.nameWord(o)) {
            while (k <= last && (NameRules.nameWord(t.get(k)) || t.get(k).is("of"))) k++;
            return k;
        }
        if (CueLexicon.DETERMINERS.contains(o.lower())) {
            int j = k + 1;
            while (j <= last && j < k + 4 && t.get(j).isWord() && !t.get(j).is("that")) j++;
            return j;
        }
        return k;
    }

    /** Skips adjuncts between the cue and the clause: time words, "in a statement,", "in a statement that", "that". */
    private int content(int k, int last) {
        List<Token> t = doc.toks;
        for (int guard = 0; guard < 4 && k <= last; guard++) {
            Token a = t.get(k);
            if (NameRules.calendar(a) || a.is(",") || a.is("that") || a.is(":")) {
                k++;
            } else if ((a.is("on") || a.is("last") || a.is("this") || a.is("earlier")) && k + 1 <= last
                    && (NameRules.calendar(t.get(k + 1)) || t.get(k + 1).is("week") || t.get(k + 1).is("month")
                    || t.get(k + 1).is("year") || t.get(k + 1).is("night") || t.get(k + 1).is("morning"))) {
                k += 2;
            } else if (a.is("in") && k + 2 <= last && CueLexicon.DETERMINERS.contains(t.get(k + 1).lower())) {
                // "in a statement, …", "in an interview on Tuesday that …": what was said follows the phrase
                int j = k + 2;
                while (j <= last && j < k + 10 && !t.get(j).is(",") && !t.get(j).is("that")) j++;
                if (j <= last && (t.get(j).is(",") || t.get(j).is("that"))) k = j + 1;
                else break;
            } else {
                break;
            }
        }
        return k;
    }

    private Draft draft(int from, int to, Subject s, int c, String cueText) {
        List<Token> t = doc.toks;
        if (from < 0 || to < from) return null;
        while (to >= from && (t.get(to).is(",") || t.get(to).is("—") || t.get(to).is(";") || t.get(to).isSentenceEnd())) to--;
        // "GAZA/CAIRO, May 4 (Reuters) - Israeli strikes killed …, officials said": the dateline is no part of what was said
        while (from <= to && (t.get(from).is(",") || t.get(from).is("—") || doc.furniture.get(from))) from++;
        if (to < from) return null;
        int words = 0;
        int quoted = 0;
        for (int k = from; k <= to; k++) {
            if (t.get(k).isWord()) words++;
            if (doc.inQuote[k] >= 0) quoted++;
        }
        if (words < 3 || quoted * 10 >= (to - from + 1) * 6) return null;
        int start = t.get(from).start();
        int end = t.get(to).end();
        return new Draft(QuoteKind.INDIRECT, start, end, new Cue(s, c, cueText, true), c, -1);
    }
}
