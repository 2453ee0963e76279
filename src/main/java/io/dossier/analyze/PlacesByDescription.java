package io.dossier.analyze;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.Gazetteer;
import io.dossier.analyze.text.Lexicon;
import io.dossier.analyze.text.Token;
import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A name the text itself calls a settlement or an area is a place, whatever the gazetteer knows: "in the city of
 * Nabatieh", "Oak Brook, a village west of the city", "Haret Hreik, a densely populated district of Beirut", "the
 * mayor of Marshall", "the MP for Stroud" ({@code lexicon/place-office-holders.txt}), "County Galway", "the remote
 * Tuva region", "Helmand province". News sets
 * such a noun beside a place the reader may not know, and never beside a person's or a company's name. Every mention
 * of that name in the article is then the place (one name, one type); a name with a title, a given name or a known
 * entry stays what it is.
 */
final class PlacesByDescription {

    private static final Set<String> SETTLEMENTS = Lexicon.words("settlement-nouns");
    private static final Set<String> OFFICE_HOLDERS = Lexicon.words("place-office-holders");
    /** Words that may stand between the article and the noun of an appositive: "a densely populated district". */
    private static final int MODIFIERS = 3;

    private PlacesByDescription() {
    }

    static List<Mention> apply(List<Mention> mentions, Document doc) {
        Gazetteer gaz = Gazetteer.get();
        Set<String> places = new HashSet<>();
        for (Mention m : mentions) {
            if (candidate(m, gaz) && described(m, doc) || givenNameAsSettlement(m, doc, gaz)) places.add(m.surface());
        }
        if (places.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (places.contains(m.surface()) && (candidate(m, gaz) || unknownGivenName(m, gaz))) {
                m = m.as(ActorType.PLACE);
            }
            out.add(m);
        }
        return out;
    }

    /** Does the text call the name a settlement or an area where this mention stands? */
    static boolean described(Mention m, Document doc) {
        List<Token> t = doc.sentences().get(m.sentence()).tokens();
        return ofBefore(t, m.firstToken()) || appositiveAfter(t, m.lastToken()) || nounAfter(t, m.lastToken())
                || m.surface().startsWith("County ");
    }

    /** An unknown name with nothing that makes it a person's or an organization's. */
    private static boolean candidate(Mention m, Gazetteer gaz) {
        return m.known() == null && !m.titled() && m.type() != ActorType.ORGANIZATION && m.type() != ActorType.PLACE
                && !gaz.isFirstName(m.surface().split(" ")[0]);
    }

    /**
     * "the ancient city of Petra", "the town of Florence": a lone word that is also a given name is the place when the
     * text calls it a settlement with "of" (no one is "the city of Maria"); an appositive or an office is not enough.
     */
    private static boolean givenNameAsSettlement(Mention m, Document doc, Gazetteer gaz) {
        if (!unknownGivenName(m, gaz) || m.firstToken() < 2) return false;
        List<Token> t = doc.sentences().get(m.sentence()).tokens();
        Token noun = t.get(m.firstToken() - 2);
        return t.get(m.firstToken() - 1).is("of") && !noun.isCapitalized() && SETTLEMENTS.contains(noun.text());
    }

    private static boolean unknownGivenName(Mention m, Gazetteer gaz) {
        return m.known() == null && !m.titled() && m.type() != ActorType.ORGANIZATION && m.type() != ActorType.PLACE
                && m.firstToken() == m.lastToken() && gaz.isFirstName(m.surface());
    }

    /** "the city of Nabatieh", "the mayor of Marshall", "the MP for Stroud". */
    private static boolean ofBefore(List<Token> t, int first) {
        if (first < 2) return false;
        Token noun = t.get(first - 2);
        if (OFFICE_HOLDERS.contains(noun.lower() + " " + t.get(first - 1).lower())) return true;
        return t.get(first - 1).is("of") && !noun.isCapitalized() && SETTLEMENTS.contains(noun.text());
    }

    /** "the remote Tuva region", "in Helmand province", "Idlib governorate": the noun written right after the name. */
    private static boolean nounAfter(List<Token> t, int last) {
        return last + 1 < t.size() && SETTLEMENTS.contains(t.get(last + 1).text());
    }

    /** "Oak Brook, a village west of the city", "Marshall, a small town on the river". */
    private static boolean appositiveAfter(List<Token> t, int last) {
        int k = last + 1;
        if (k + 2 >= t.size() || !t.get(k).is(",") || !(t.get(k + 1).is("a") || t.get(k + 1).is("an") || t.get(k + 1).is("the"))) return false;
        Gazetteer gaz = Gazetteer.get();
        for (int j = k + 2; j < t.size() && j <= k + 2 + MODIFIERS; j++) {
            Token w = t.get(j);
            // "Clinton, the former secretary of state": the head comes before "of"; a nation's adjective is one more
            // modifier ("Kiryat Shmona, a northern Israeli town")
            if (w.isCapitalized() && !gaz.isDemonym(w.text()) || w.punctuation() || w.is("of")) return false;
            if (SETTLEMENTS.contains(w.text())) return true;
        }
        return false;
    }
}
