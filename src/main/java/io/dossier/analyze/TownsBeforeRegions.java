package io.dossier.analyze;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.Gazetteer;
import io.dossier.analyze.text.Lexicon;
import io.dossier.analyze.text.Token;
import io.dossier.model.ActorType;

import java.util.List;
import java.util.Set;

/**
 * "in Madison, Wisconsin, that …", "of Buckeye, Ariz.", "in Sydney, Nova Scotia": news writing places a town by the
 * state, province or country after it, so a name set between "in"/"of" and ", Region" is a place — even a name the
 * lists know as a given name ("Madison") or do not know at all.
 */
final class TownsBeforeRegions {

    /** Words before a place: the place prepositions, and "of" as in "a woman of Buckeye, Ariz.". */
    private static final Set<String> BEFORE = union(Lexicon.words("place-prepositions"), Set.of("of"));
    /** AP state abbreviations ("Ga.", "N.C."), lower case, without the final full stop (also read by OrganizationContexts). */
    static final Set<String> STATE_ABBREVIATIONS = Lexicon.words("us-state-abbreviations");

    private TownsBeforeRegions() {
    }

    static List<Mention> apply(List<Mention> mentions, Document doc) {
        return Mention.placing(mentions, m -> m.known() == null && m.type() != ActorType.ORGANIZATION && !m.titled()
                && townOf(doc.sentences().get(m.sentence()).tokens(), m.firstToken(), m.lastToken()));
    }

    /** Is the name at tokens a..b a town placed by the region after it ("in Madison, Wisconsin,")? */
    static boolean townOf(List<Token> t, int a, int b) {
        return a >= 1 && BEFORE.contains(t.get(a - 1).lower()) && regionFollows(t, b);
    }

    /** Does a state, province or country set off by commas follow the name ending at token b ("Albany, N.Y.,")? */
    static boolean regionFollows(List<Token> t, int b) {
        if (b + 2 >= t.size() || !t.get(b + 1).is(",")) return false;
        // "Flint, Mich.,", "Albany, N.Y.": a state as the AP abbreviates it, its full stop a token of its own or not
        String abbreviation = t.get(b + 2).lower();
        if (abbreviation.endsWith(".")) abbreviation = abbreviation.substring(0, abbreviation.length() - 1);
        if (STATE_ABBREVIATIONS.contains(abbreviation) && Character.isUpperCase(t.get(b + 2).text().charAt(0))) {
            int after = b + 3;
            if (after < t.size() && t.get(after).is(".")) after++;
            return after >= t.size() || !t.get(after).isWord();
        }
        Gazetteer gaz = Gazetteer.get();
        for (int len = Math.min(3, t.size() - b - 2); len >= 1; len--) {
            StringBuilder region = new StringBuilder();
            for (int k = b + 2; k < b + 2 + len; k++) region.append(k > b + 2 ? " " : "").append(t.get(k).text());
            Gazetteer.Entry e = gaz.lookup(region.toString());
            if (e == null || e.type() != ActorType.PLACE) continue;
            int after = b + 2 + len;
            return after >= t.size() || !t.get(after).isWord(); // the region ends the phrase: "…, Wisconsin, that"
        }
        return false;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
