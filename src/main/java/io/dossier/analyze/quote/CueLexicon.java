package io.dossier.analyze.quote;

import io.dossier.analyze.text.Token;

import java.util.List;
import java.util.Set;

/** Verbs and phrases that signal a statement ("said", "told", "according to"), and the words around them. */
final class CueLexicon {

    /** Cues strong enough to introduce reported speech without quotation marks. */
    private static final Set<String> REPORTING = set(
            "said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "states", "declared", "declares",
            "explained", "explains", "noted", "notes", "wrote", "writes", "tweeted", "tweets", "argued", "argues",
            "insisted", "insists", "warned", "warns", "claimed", "claims", "reported", "reports", "announced",
            "announces", "acknowledged", "acknowledges", "admitted", "admits", "suggested", "suggests", "predicted",
            "predicts", "confirmed", "confirms", "maintained", "maintains", "asserted", "asserts", "contended",
            "contends", "stressed", "stresses", "emphasized", "emphasizes", "cautioned", "conceded", "concedes",
            "recalled", "recalls", "testified", "replied", "responded", "countered", "complained", "complains",
            "vowed", "vows", "promised", "promises", "saying", "telling", "writing", "arguing", "adding", "noting",
            "explaining", "warning", "insisting", "claiming");

    /** Further cues accepted next to quotation marks only. */
    private static final Set<String> QUOTE_ONLY = set(
            "continued", "continues", "joked", "jokes", "quipped", "quips", "observed", "remarked", "charged",
            "posted", "boasted", "boasts", "lamented", "laments", "shouted", "yelled", "exclaimed", "mused",
            "concluded", "concludes", "agreed", "agrees", "wondered", "wonders", "asking", "read", "reads",
            "tweeting", "announcing", "begged", "pleaded", "chanted", "sang", "screamed", "whispered",
            "interjected", "retorted", "snapped", "scoffed", "proclaimed", "pointed", "demanded", "urged", "opined",
            "cried", "offered", "asked", "asks", "elaborated", "implored", "predicting", "stating", "declaring", "recounted", "echoed",
            "reiterated", "acknowledging", "reminded", "conceding", "quoted", "thundered", "gushed", "insist", "claim",
            "argue", "warn", "note", "add", "explain", "write", "tweet", "report", "ask", "joke", "called", "calls",
            "calling", "described", "describes", "describing", "dubbed", "branded", "labeled", "labelled", "praised",
            "slammed", "blasted", "criticized", "attacked", "accused", "riffed", "pondered",
            // more communication verbs, next to quotation marks only
            "assured", "assures", "reassured", "pledged", "pledges", "vowing", "pledging", "repeated", "repeating",
            "responding", "replying", "countering", "touted", "boasting", "joking", "quipping", "lamenting",
            "complaining", "mocked", "mocking", "ranted", "confessed", "confessing", "admitting", "observing",
            "reflected", "reflecting", "marveled", "griped", "protested", "objected", "texted", "emailed",
            "recalling", "concluding", "continuing", "stressing", "emphasizing", "urging", "testifying",
            "announcing", "predicting", "promising", "asserting", "contending", "cautioning", "remarking",
            // manner of speaking
            "barked", "boomed", "growled", "snarled", "fumed", "roared", "bellowed", "sighed", "muttered", "mumbled",
            "hissed", "intoned", "deadpanned", "exclaiming", "shouting", "yelling", "chanting", "retaliated",
            "pressed", "interrupted");

    static final Set<String> SUBJECT_PRONOUNS = set("he", "she", "they", "it", "we", "i", "you");

    /** Adverbs and auxiliaries that may sit between a subject and its cue ("he later said", "has said"). */
    private static final Set<String> FILLERS = set(
            "also", "later", "then", "again", "previously", "once", "has", "have", "had", "would", "will", "recently",
            "earlier", "first", "further", "simply", "flatly", "only", "often", "reportedly", "initially", "never",
            "even", "ultimately", "finally", "subsequently", "just", "still", "since", "already", "did", "does",
            "do", "not", "previously", "separately", "once", "privately",
            "publicly", "repeatedly", "quickly", "immediately", "reportedly", "allegedly", "apparently", "famously",
            "herself", "himself", "themselves", "itself", "myself");

    static final Set<String> DETERMINERS = set(
            "the", "a", "an", "another", "one", "two", "three", "four", "five", "several", "some", "many", "other",
            "his", "her", "their", "its", "our", "my", "your", "both", "these", "those", "this", "that", "most",
            "few", "multiple", "numerous", "various", "all", "any", "each", "every", "no");

    static final Set<String> PREPOSITIONS = set(
            "with", "of", "to", "in", "for", "on", "at", "about", "from", "close", "within", "inside", "near", "by");

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

    /** True for a word strong enough to introduce reported speech. */
    static boolean reportingCue(List<Token> toks, int i) {
        if (inName(toks, i) || nounUse(toks, i)) return false;
        String w = toks.get(i).lower();
        return REPORTING.contains(w) || according(toks, i);
    }

    /** A capitalised word after another capitalised word is part of a name or a title ("United States"), not a cue. */
    private static boolean inName(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!t.isCapitalized() || i == 0) return false;
        Token p = toks.get(i - 1);
        return p.paragraph() == t.paragraph() && p.isWord() && p.isCapitalized();
    }

    /** Words before a noun: "a dozen states", "his claims", "the warning". */
    private static final Set<String> NOUN_MARKERS = set(
            "the", "a", "an", "another", "his", "her", "their", "its", "our", "my", "your", "these", "this", "those",
            "several", "numerous", "various", "multiple", "dozen", "dozens", "hundreds", "thousands", "two", "three",
            "four", "five", "no", "such", "new", "recent");
    /** Prepositions before a plural noun ("in reports"), though before a gerund they keep a verb ("by saying"). */
    private static final Set<String> NOUN_PREPOSITIONS = set("of", "in", "on", "for", "from", "with", "about", "by");

    /** A cue word used as a noun ("a dozen states held contests", "the warning"), not as a verb. */
    private static boolean nounUse(List<Token> toks, int i) {
        if (i == 0) return false;
        String w = toks.get(i).lower();
        boolean plural = w.endsWith("s") && !w.equals("says");
        if (!plural && !w.endsWith("ing")) return false;
        Token p = toks.get(i - 1);
        String pw = p.lower();
        if (p.paragraph() != toks.get(i).paragraph()) return false;
        return NOUN_MARKERS.contains(pw) || Character.isDigit(pw.charAt(0))
                || plural && (NOUN_PREPOSITIONS.contains(pw) || p.isCapitalized() && (pw.endsWith("’s") || pw.endsWith("'s")));
    }

    /** "as Cornyn put it: “…”" (at the word "put"). */
    static boolean putIt(List<Token> toks, int i) {
        return (toks.get(i).is("put") || toks.get(i).is("puts")) && i + 1 < toks.size() && toks.get(i + 1).is("it");
    }

    /** "shot back", "fired back", "went on", "wrote back" (at the verb). */
    static boolean particle(List<Token> toks, int i) {
        String w = toks.get(i).lower();
        if (i + 1 >= toks.size()) return false;
        Token n = toks.get(i + 1);
        return n.is("back") && (w.equals("shot") || w.equals("fired") || w.equals("hit") || w.equals("wrote")
                || w.equals("pushed") || w.equals("snapped")) || n.is("on") && (w.equals("went") || w.equals("goes"));
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
