package io.dossier.analyze;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.Gazetteer;
import io.dossier.analyze.text.Lexicon;
import io.dossier.analyze.text.Token;
import io.dossier.model.ActorType;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A smaller town is a place only where the article places it: "speaking in Harlem", "a rally in Albany",
 * "Flint, Mich.". Towns of 50,000 share their names with people and companies far more often than cities do
 * ("Rubio wrote", "Peabody said"), so the gazetteer does not know them on their own; a town name the text sets after
 * a place preposition or before its region is the place, and so is every other mention of that name in the
 * article ("in Harlem … Harlem voters"). A name the text calls a person ("Mr. Albany"), or the surname of a person
 * it names in full ("Marco Rubio … support came to Rubio"), stays one.
 */
final class TownsNeedContext {

    private static final Set<String> BEFORE = Lexicon.words("place-prepositions");
    /** What places a town named like a person: "rallied in Jackson", not "an approach from Clinton". */
    static final Set<String> INSIDE = Set.of("in", "near", "outside");

    private TownsNeedContext() {
    }

    static List<Mention> apply(List<Mention> mentions, Document doc) {
        Gazetteer gaz = Gazetteer.get();
        Set<String> surnames = SurnamesOverPlaces.namedInFull(mentions);
        Set<String> placed = new HashSet<>();
        for (Mention m : mentions) {
            if (candidate(m, gaz) && !surnames.contains(m.surface().toLowerCase(Locale.ROOT))
                    && placedByText(doc.sentences().get(m.sentence()).tokens(), m, gaz)) {
                placed.add(m.surface());
            }
        }
        if (placed.isEmpty()) return mentions;
        return Mention.placing(mentions, m -> candidate(m, gaz) && placed.contains(m.surface()));
    }

    private static boolean candidate(Mention m, Gazetteer gaz) {
        return m.known() == null && !m.titled() && m.type() != ActorType.ORGANIZATION && m.type() != ActorType.PERSON
                && gaz.isTown(m.surface());
    }

    private static boolean placedByText(List<Token> t, Mention m, Gazetteer gaz) {
        Set<String> before = gaz.isPersonLikeTown(m.surface()) ? INSIDE : BEFORE;
        boolean preposition = m.firstToken() > 0 && before.contains(t.get(m.firstToken() - 1).lower());
        return preposition || TownsBeforeRegions.regionFollows(t, m.lastToken()) || placedBeside(t, m, gaz);
    }

    /** "cities in the region, including Mesa and Chandler": a town listed beside a place the gazetteer knows is one too. */
    static boolean placedBeside(List<Token> t, Mention m, Gazetteer gaz) {
        int a = m.firstToken(), b = m.lastToken();
        return b + 2 < t.size() && listJoin(t.get(b + 1)) && knownPlace(t.get(b + 2), gaz)
                || a >= 2 && listJoin(t.get(a - 1)) && knownPlace(t.get(a - 2), gaz);
    }

    private static boolean listJoin(Token w) {
        return w.is("and") || w.is("or") || w.is(",");
    }

    private static boolean knownPlace(Token w, Gazetteer gaz) {
        if (!w.isCapitalized()) return false;
        Gazetteer.Entry e = gaz.lookup(w.text());
        return e != null && e.type() == ActorType.PLACE;
    }
}
