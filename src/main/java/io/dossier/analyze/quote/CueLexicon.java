package io.dossier.analyze.quote;

import io.dossier.analyze.text.Lexicon;

import io.dossier.analyze.text.Token;

import java.util.List;
import java.util.Set;

/** Verbs and phrases that signal a statement ("said", "told", "according to"), and the words around them. */
final class CueLexicon {

    /** Cues strong enough to introduce reported speech without quotation marks. */
    private static final Set<String> REPORTING = Lexicon.words("speech-verbs");

    /** Further cues accepted next to quotation marks only. */
    private static final Set<String> QUOTE_ONLY = Lexicon.words("speech-verbs-quoted");

    static final Set<String> SUBJECT_PRONOUNS = Lexicon.words("subject-pronouns");

    /** Adverbs and auxiliaries that may sit between a subject and its cue ("he later said", "has said"). */
    private static final Set<String> FILLERS = Lexicon.words("cue-fillers");

    static final Set<String> DETERMINERS = Lexicon.words("determiners");

    /** Determiners never used as a pronoun, after which a cue word is a noun ("the report", "his note"). */
    private static final Set<String> NOUN_ONLY_DETERMINERS = Lexicon.words("noun-only-determiners");

    static final Set<String> PREPOSITIONS = Lexicon.words("prepositions");

    private CueLexicon() {
    }

    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** True for a word that introduces a direct quote. */
    static boolean quoteCue(List<Token> toks, int i) {
        if (inName(toks, i) || nounUse(toks, i)) return false;
        String w = toks.get(i).lower();
        return REPORTING.contains(w) || QUOTE_ONLY.contains(w) || according(toks, i) || putIt(toks, i)
                || particle(toks, i);
    }

    /**
     * "…”, while the Liberal Democrats called for a levy": a call for or on something after a quotation asks for it
     * and is not the quotation's cue (before one it may quote a demand: "called for “boots on the ground”").
     */
    static boolean callFor(List<Token> toks, int i) {
        return toks.get(i).lower().startsWith("call") && i + 1 < toks.size() && (toks.get(i + 1).is("for") || toks.get(i + 1).is("on"));
    }

    /** True for a word strong enough to introduce reported speech. */
    static boolean reportingCue(List<Token> toks, int i) {
        if (inName(toks, i) || nounUse(toks, i) || passive(toks, i)) return false;
        String w = toks.get(i).lower();
        return REPORTING.contains(w) || according(toks, i);
    }

    /** Forms of "be" before a participle. */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am");

    /**
     * "We're told there is footage", "he was asked about it": whoever is told or asked hears; the sentence's subject
     * is not the speaker.
     */
    static boolean passive(List<Token> toks, int i) {
        String w = toks.get(i).lower();
        if (i == 0 || !(w.equals("told") || w.equals("asked"))) return false;
        String p = toks.get(i - 1).lower();
        return BE.contains(p) || p.endsWith("'re") || p.endsWith("’re") || p.endsWith("'m") || p.endsWith("’m");
    }

    /** A capitalised word after another capitalised word is part of a name or a title ("United States"), not a cue. */
    private static boolean inName(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!t.isCapitalized() || i == 0) return false;
        Token p = toks.get(i - 1);
        return p.paragraph() == t.paragraph() && p.isWord() && p.isCapitalized();
    }

    /** Words before a noun: "a dozen states", "his claims", "the warning". */
    private static final Set<String> NOUN_MARKERS = Lexicon.words("noun-markers");
    /** Prepositions before a plural noun ("in reports"), though before a gerund they keep a verb ("by saying"). */
    private static final Set<String> NOUN_PREPOSITIONS = Lexicon.words("noun-prepositions");

    /** A cue word used as a noun ("a dozen states held contests", "the warning"), not as a verb. */
    private static boolean nounUse(List<Token> toks, int i) {
        if (i == 0) return false;
        String w = toks.get(i).lower();
        boolean plural = w.endsWith("s") && !w.equals("says");
        Token p = toks.get(i - 1);
        String pw = p.lower();
        if (p.paragraph() != toks.get(i).paragraph()) return false;
        // "“…,” the report said": after an article or a possessive, "report" is the subject, not the cue
        if (NOUN_ONLY_DETERMINERS.contains(pw)) return true;
        if (!plural && !w.endsWith("ing")) return false;
        return NOUN_MARKERS.contains(pw) || Character.isDigit(pw.charAt(0))
                || plural && (NOUN_PREPOSITIONS.contains(pw) || p.isCapitalized() && (pw.endsWith("’s") || pw.endsWith("'s"))
                // "early-morning tweets", "late-night posts": a compound modifier before the plural makes it a noun
                || pw.indexOf('-') > 0 && Character.isLetter(pw.charAt(0)) && !p.isCapitalized()
                // "Democratic claims", "Republican statements": a proper adjective before the plural
                || p.isCapitalized() && "ADJ".equals(p.tag())
                // "it was reviewing reports of casualties", "denied claims": the object of a participle or a past verb
                || "VERB".equals(p.tag()) && (pw.endsWith("ing") || pw.endsWith("ed")));
    }

    /** "as Cornyn put it: “…”" (at the word "put"). */
    static boolean putIt(List<Token> toks, int i) {
        return (toks.get(i).is("put") || toks.get(i).is("puts")) && i + 1 < toks.size() && toks.get(i + 1).is("it");
    }

    /**
     * "shot back", "fired back", "went on", "wrote back" (at the verb). "Went on" speaks only when it goes on to a
     * quote, to saying or about something ("went on: “…”", "went on to say", "went on about"): "once the Senate goes on recess" is no cue.
     */
    static boolean particle(List<Token> toks, int i) {
        String w = toks.get(i).lower();
        if (i + 1 >= toks.size()) return false;
        Token n = toks.get(i + 1);
        if (n.is("on") && (w.equals("went") || w.equals("goes"))) {
            if (i + 2 >= toks.size()) return true;
            Token after = toks.get(i + 2);
            return after.is("to") || after.is("about") || after.is(",") || after.is(":") || !after.isWord();
        }
        return n.is("back") && (w.equals("shot") || w.equals("fired") || w.equals("hit") || w.equals("wrote")
                || w.equals("pushed") || w.equals("snapped"));
    }

    /** "according to" (at the word "according"). */
    static boolean according(List<Token> toks, int i) {
        return toks.get(i).is("according") && i + 1 < toks.size() && toks.get(i + 1).is("to");
    }

    static boolean filler(Token t) {
        String w = t.lower();
        return FILLERS.contains(w) || (w.length() > 4 && w.endsWith("ly") && !t.isCapitalized());
    }

    /** The cue words as written: "according to", "pointed out", or the single verb. */
    static String cueText(String text, List<Token> toks, int i) {
        Token t = toks.get(i);
        if (according(toks, i) || putIt(toks, i) || particle(toks, i)) return text.substring(t.start(), toks.get(i + 1).end());
        if (t.is("pointed") && i + 1 < toks.size() && toks.get(i + 1).is("out")) {
            return text.substring(t.start(), toks.get(i + 1).end());
        }
        return t.text();
    }

    /** Index of the last token of the cue phrase. */
    static int cueEnd(List<Token> toks, int i) {
        if (according(toks, i) || putIt(toks, i) || particle(toks, i)) return i + 1;
        if (toks.get(i).is("pointed") && i + 1 < toks.size() && toks.get(i + 1).is("out")) return i + 1;
        return i;
    }
}
