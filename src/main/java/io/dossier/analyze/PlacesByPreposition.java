package io.dossier.analyze;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.Gazetteer;
import io.dossier.analyze.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A one-word name no list knows is a place when the text twice sets it where only places go: "homes and businesses
 * in Shetland … about 23,000 people live in Shetland". Towns and islands are named this way far beyond any
 * gazetteer. One such mention is not enough ("in Slack", "in Arabic", "in Windows": tried, it typed languages,
 * products and plays as places), nor is "at" or "from" ("works at Hexpoint", "a letter from Morales"); a name the
 * text calls a person, or the surname of a person it names in full, stays one.
 */
final class PlacesByPreposition {

    /** Mentions after "in", "near" or "outside" that make the name a place. */
    private static final int TIMES = 2;

    private PlacesByPreposition() {
    }

    static List<Mention> apply(List<Mention> mentions, Document doc) {
        Gazetteer gaz = Gazetteer.get();
        Set<String> surnames = SurnamesOverPlaces.namedInFull(mentions);
        Map<String, Integer> placed = new HashMap<>();
        for (Mention m : mentions) {
            if (!candidate(m, gaz) || surnames.contains(m.surface().toLowerCase(Locale.ROOT))) continue;
            List<Token> t = doc.sentences().get(m.sentence()).tokens();
            String before = m.firstToken() > 0 ? t.get(m.firstToken() - 1).text() : "";
            if (TownsNeedContext.INSIDE.contains(before)) placed.merge(m.surface(), 1, Integer::sum);
        }
        placed.values().removeIf(n -> n < TIMES);
        if (placed.isEmpty()) return mentions;
        return Mention.placing(mentions, m -> candidate(m, gaz) && placed.containsKey(m.surface()));
    }

    private static boolean candidate(Mention m, Gazetteer gaz) {
        return m.known() == null && m.type() == null && !m.titled() && m.firstToken() == m.lastToken()
                && !gaz.isFirstName(m.surface());
    }
}
