package io.dossier.analyze.quote;

import io.dossier.analyze.text.Lexicon;

import io.dossier.analyze.text.FirstNames;
import io.dossier.analyze.text.Names;

import io.dossier.analyze.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists and rules for recognising proper names in runs of capitalised words. */
final class NameRules {

    private static final Set<String> TITLES = Lexicon.union(Lexicon.words("title-words"), Lexicon.dotted(Lexicon.TITLE_ABBREVIATIONS));

    private static final Set<String> FUNCTION = Lexicon.words("function-words");

    private static final Set<String> CALENDAR = Lexicon.union(Lexicon.WEEKDAYS, Set.copyOf(Lexicon.MONTHS),
            Lexicon.dotted(Lexicon.MONTH_ABBREVIATIONS), Lexicon.RELATIVE_DAYS, Lexicon.words("undotted-months"));

    private static final Set<String> CONNECTORS = Lexicon.union(Lexicon.NAME_PARTICLES, Lexicon.dotted(Lexicon.NAME_SUFFIXES));

    private static final Set<String> ORG_WORDS = Lexicon.words("non-person-words");

    /** Places that look like two-word person names ("New Jersey"). */
    private static final Set<String> PLACES = Lexicon.words("name-like-places");

    private NameRules() {
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A capitalised word that can be part of a name. */
    static boolean nameWord(Token t) {
        if (t.isWord() && Names.prefixedSurname(Names.stripPossessive(t.text()))) return true; // "Youssef al-Khatib"
        if (t.isBrandCased()) return true; // "eBay", "techUK"
        if (!t.isWord() || !t.isCapitalized()) return false;
        String w = t.lower();
        // "I", and "I’d", "I'm", "I’ll": the writer, in any contraction
        boolean firstPerson = w.equals("i") || w.startsWith("i'") || w.startsWith("i’");
        return !CALENDAR.contains(w) && !CALENDAR.contains(Names.stripPossessive(w)) && !firstPerson;
    }

    static boolean connector(Token t) {
        return CONNECTORS.contains(t.lower()) && !t.isCapitalized() || t.text().equals("Jr.") || t.text().equals("Sr.");
    }

    static boolean function(Token t) {
        return FUNCTION.contains(t.lower());
    }

    static boolean title(Token t) {
        return TITLES.contains(t.lower());
    }

    static boolean calendar(Token t) {
        return CALENDAR.contains(t.lower());
    }

    /**
     * The name in the run toks[a..b] (inclusive) after dropping leading function words and titles;
     * returns {from, to} token indices, or null when nothing name-like is left.
     */
    static int[] trimRun(List<Token> toks, int a, int b) {
        while (a <= b && function(toks.get(a))) a++;
        while (a < b && title(toks.get(a))) a++;
        for (int k = b - 1; k > a; k--) {
            if (title(toks.get(k)) && toks.get(k).isCapitalized()) {
                a = k + 1; // "Ohio Gov. John Kasich" → "John Kasich"
                break;
            }
        }
        while (b >= a && (function(toks.get(b)) || calendar(toks.get(b)))) b--;
        // "Microsoft's Bill Gates", "Apple's Tim Cook": the name is what follows the owner
        for (int k = b - 1; k >= a; k--) {
            String w = toks.get(k).text();
            if (w.endsWith("'s") || w.endsWith("’s")) {
                a = k + 1;
                break;
            }
        }
        if (a > b) return null;
        // "de Blasio": a lower-case particle may open a name, and so may a prefixed surname ("al-Kuwari told Reuters")
        if (!toks.get(a).isCapitalized() && !toks.get(a).isBrandCased() && !(a < b && connector(toks.get(a)))
                && !Names.prefixedSurname(Names.stripPossessive(toks.get(a).text()))) return null;
        return new int[] {a, b};
    }

    /** Is the run a person rather than an organisation or a place (best guess)? */
    static boolean personLike(List<Token> toks, int runStart, int a, int b) {
        String last = lower(Names.stripPossessive(toks.get(b).text()));
        StringBuilder run = new StringBuilder();
        for (int i = a; i <= b; i++) run.append(i > a ? " " : "").append(toks.get(i).text());
        String whole = Names.stripPossessive(run.toString());
        if (PLACES.contains(lower(whole)) || io.dossier.analyze.text.Gazetteer.isPlace(whole)) return false;
        if (ORG_WORDS.contains(last)) return false;
        // "TOP STORIES", "NATO": headings and acronyms are not people
        for (int i = a; i <= b; i++) if (allCaps(toks.get(i).text())) return false;
        for (int i = a; i <= b; i++) if (ORG_WORDS.contains(toks.get(i).lower())) return false;
        if (b > a) return true;
        // "Former Arizona governor Jan Brewer": a lone word before a lower-case title is a modifier
        if (b + 1 < toks.size() && !toks.get(b + 1).isCapitalized() && title(toks.get(b + 1))) return false;
        for (int i = runStart; i < a; i++) {
            if (title(toks.get(i)) && toks.get(i).isCapitalized() && !toks.get(i).is("former") && !toks.get(i).is("first")) {
                return true;
            }
        }
        return false;
    }

    /** A name that is an organisation or a place by its words ("Fox News", "New Jersey", "Cairo"). */
    static boolean orgOrPlace(String name) {
        String l = lower(Names.stripPossessive(name.trim()));
        if (PLACES.contains(l)) return true;
        for (String w : l.split("\\s+")) if (ORG_WORDS.contains(w)) return true;
        return false;
    }

    static boolean allCaps(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c) || c == '.') return false; // "J.D." is initials
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 3;
    }

    /** 'F', 'M' or '?' from titles before the name and the first name. */
    static char gender(List<Token> toks, int runStart, int a, int b) {
        for (int i = runStart; i <= a; i++) {
            char g = FirstNames.titleGender(toks.get(i).lower());
            if (g != '?') return g;
        }
        // "Delaney Jr": a surname and a son's suffix, the surname no given name though it may be a woman's
        if (b == a + 1 && Lexicon.NAME_SUFFIXES.contains(toks.get(b).lower().replace(".", ""))) return 'M';
        // "Dr van der Berg": a surname's particle is no given name, though "Van" is one
        if (b > a && !Character.isLowerCase(toks.get(a).text().charAt(0))) {
            return FirstNames.likelyGender(toks.get(a).lower());
        }
        return '?';
    }


    /** "WALLACE" → "Wallace", "MCCAIN" → "Mccain": a name printed in capitals, as a transcript does. */
    static String capitalise(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
