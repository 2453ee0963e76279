package io.dossier.analyze;

import io.dossier.analyze.text.Names;

import io.dossier.analyze.text.Lexicon;

import io.dossier.analyze.text.Gazetteer;

import io.dossier.analyze.text.Token;

import io.dossier.analyze.text.Document;

import io.dossier.model.ActorType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The last guard against junk actors. Capitalized runs that are not in a gazetteer are only kept
 * when something besides capitals says they name someone: a known first name, a title or role,
 * an Arabic-style name particle, or a later mention by surname. Book titles, slogans and
 * nicknames ("Bottomless Pit", "Peace Through Strength") have none of these.
 */
final class Plausibility {

    private static final Set<String> PLACE_PREPOSITIONS = Lexicon.words("place-prepositions");

    private Plausibility() {
    }

    static boolean keep(Entity e, Document doc) {
        if (e.known != null) return true;
        return switch (e.type) {
            case PERSON -> person(e) || nationsOwn(e, doc);
            case PLACE -> place(e, doc);
            case ORGANIZATION -> !loneHeadWord(e);
        };
    }

    /**
     * "the Council", "the Center", "the Committee" with no longer name in the article to stand for: a common noun
     * written with a capital, which names no one a reader could look up.
     */
    private static boolean loneHeadWord(Entity e) {
        for (String s : e.surfaces) {
            String bare = Names.withoutThe(s);
            if (bare.contains(" ") || !MentionFinder.ORG_HEADS.contains(bare.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static boolean person(Entity e) {
        String[] words = e.name.split("\\s+");
        Gazetteer gaz = Gazetteer.get();
        if (gaz.isFirstName(words[0]) && !brandAndModel(words)) return true;
        // "Baek Seung-woo", "Li Wei": a common East Asian family name, then the given name
        if (words.length == 2 && MentionFinder.isEastAsianSurname(words[0])) return true;
        if (e.role != null) return true;
        for (Mention m : e.mentions) if (m.titled()) return true;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.startsWith("al-") || lw.startsWith("el-") || lw.equals("bin") || lw.equals("abu") || lw.equals("ibn")) return true;
        }
        return words.length > 1 && shortFormLater(e, words);
    }

    /**
     * "Ford Focus", "Dell Inspiron", "Nike Air": a maker's name, which a first-name list may also hold, before one more
     * word names its product; the given name then vouches for no one (a "Dell Curry" is kept by what else the
     * article says of him: a title, a role, "Curry" alone).
     */
    private static boolean brandAndModel(String[] words) {
        return words.length == 2 && KNOWN_ORGANIZATIONS.contains(words[0].toLowerCase(Locale.ROOT));
    }

    private static final Set<String> KNOWN_ORGANIZATIONS = Lexicon.knownOrganizations();

    /**
     * Referred to again by a shorter form, as a person is by surname ("Nono" for "Taher Al-Nono"). The same name in
     * other capitals is no shorter ("Raspberry PI"), and the first word alone, when no first-name list knows it, is how
     * a brand is shortened, not a person ("Xbox" for "Xbox Live", "Ad" for "Ad Tech").
     */
    private static boolean shortFormLater(Entity e, String[] words) {
        for (String s : e.surfaces) {
            String bare = Names.withoutThe(s);
            if (bare.split("\\s+").length < words.length && !bare.equalsIgnoreCase(words[0])) return true;
        }
        return false;
    }

    /**
     * "Japan's Kenta Morishima", "Britain's Oliver Haskett": a name of two words or more after a country's possessive
     * is how sports and world news introduce a person. (Not after a nation's adjective: "the American Community
     * Survey", "the French New Wave"; nor inside a title: "“America's Unwritten Constitution”".)
     */
    private static boolean nationsOwn(Entity e, Document doc) {
        if (!e.name.contains(" ")) return false;
        Gazetteer gaz = Gazetteer.get();
        for (Mention m : e.mentions) {
            List<Token> t = doc.sentences().get(m.sentence()).tokens();
            int b = m.firstToken() - 1;
            if (b < 1 || !t.get(b).possessive()) continue;
            boolean opensPhrase = b == 1 || t.get(b - 2).isWord() && !t.get(b - 2).isCapitalized();
            Gazetteer.Entry c = gaz.lookup(t.get(b - 1).text());
            if (opensPhrase && c != null && c.type() == ActorType.PLACE && c.kind().equals("country")) return true;
        }
        return false;
    }

    private static boolean place(Entity e, Document doc) {
        if (e.mentions.size() > 1) return true;
        Mention m = e.mentions.get(0);
        List<Token> t = doc.sentences().get(m.sentence()).tokens();
        int before = m.firstToken() - 1;
        if (before >= 0 && t.get(before).is("the")) before--;
        String word = before >= 0 ? t.get(before).text().toLowerCase(Locale.ROOT) : "";
        // a name of two words or more that ends in a place's head word is a place's wherever it stands: "on Stewart
        // Island", "the Chatham Islands", "New York's Times Square" (not "Jerry Hall": see Gazetteer.namedLikePlace)
        String[] words = e.name.split(" ");
        boolean headed = e.type == ActorType.PLACE && words.length > 1 && Gazetteer.get().namedLikePlace(words);
        return PLACE_PREPOSITIONS.contains(word) || headed || MentionFinder.regionAdjectiveBefore(t, m.firstToken())
                || TownsBeforeRegions.townOf(t, m.firstToken(), m.lastToken())
                || PlacesByDescription.described(m, doc)
                || Gazetteer.get().isTown(m.surface())
                    && (TownsBeforeRegions.regionFollows(t, m.lastToken()) || TownsNeedContext.placedBeside(t, m, Gazetteer.get()));
    }
}
