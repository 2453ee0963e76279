package io.dossier.analyze;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.Lexicon;
import io.dossier.analyze.text.Token;
import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sport writing names a club in full once and then by its town: "Aston Villa came from behind to beat Newcastle
 * United … Newcastle drop to ninth", "Brighton & Hove Albion … Brighton have won three in a row". Where the article
 * names such a club ({@code lexicon/club-suffixes.txt}: "United", "City", "Albion" …), its town's name alone is the
 * club, unless a place preposition sets it ("the derby in Newcastle", "fans travelled from Brighton"); the club's
 * mentions then merge into one actor ({@link ShortOrganizationNames}).
 */
final class ClubsByTown {

    private static final Set<String> CLUB_SUFFIXES = Lexicon.words("club-suffixes");
    private static final Set<String> PLACE_PREPOSITIONS = Lexicon.words("place-prepositions");

    private ClubsByTown() {
    }

    static List<Mention> apply(List<Mention> mentions, Document doc) {
        Set<String> towns = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == ActorType.ORGANIZATION && club(m.surface())) towns.add(m.surface().split(" ")[0]);
        }
        if (towns.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if ((m.type() == ActorType.PLACE || m.type() == null) && towns.contains(m.surface()) && !setAsPlace(m, doc)) {
                m = m.as(ActorType.ORGANIZATION);
            }
            out.add(m);
        }
        return out;
    }

    /** Does the name of two words or more end in a club's word ("Newcastle United", "Brighton & Hove Albion")? */
    static boolean club(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && CLUB_SUFFIXES.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /** Is the mention after a place preposition ("in Newcastle", "from Brighton")? */
    private static boolean setAsPlace(Mention m, Document doc) {
        List<Token> t = doc.sentences().get(m.sentence()).tokens();
        int k = m.firstToken() - 1;
        if (k >= 0 && t.get(k).is("the")) k--;
        return k >= 0 && PLACE_PREPOSITIONS.contains(t.get(k).lower());
    }
}
