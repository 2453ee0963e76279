package io.dossier.analyze;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.Gazetteer;
import io.dossier.analyze.text.Holdings;
import io.dossier.analyze.text.Lexicon;
import io.dossier.analyze.text.Token;
import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Organizations without a cue word in their name, found from how the article uses them. Companies, agencies and
 * outlets are often written bare ("Rosneft", "Xstrata", "Judicial Watch"): nothing in the name says what it is, but
 * the sentence does. A name the article uses in one of these ways is an organization:
 * <ul>
 * <li>an appositive with an organization noun: "Rosneft, the Russian state oil company, …";</li>
 * <li>a possessive with what a company has: "Rosneft's chief executive", "Xstrata's shares";</li>
 * <li>shares of it: "shares of Xstrata fell", "stock in Glencore";</li>
 * <li>it speaks by statement: "Otkritie said in a statement";</li>
 * <li>someone speaks for it or works at it: "a spokesman for Rosneft", "an analyst at Otkritie";</li>
 * <li>it names the organization noun after it: "the Unite union", "the Wagner group";</li>
 * <li>an organization noun describes it just before: "the oil giant Exxon Mobil", "the progressive group Acme Now";</li>
 * <li>it is on the known-organization list ({@link Lexicon#knownOrganizations()}), is named twice or more and nothing
 * makes it a person.</li>
 * </ul>
 * Then every mention of that name in the article is the organization (one name, one type). A name that is a
 * person's given name, or the surname of a person the article names in full, is left alone: "a spokesman for
 * Sanders" speaks for Bernie Sanders.
 */
final class OrganizationContexts {

    private static final Set<String> ORGANIZATION_NOUNS = Lexicon.words("organization-nouns");
    private static final Set<String> POSSESSIONS = Lexicon.words("business-possessions");
    private static final Set<String> AFFILIATED = Lexicon.words("affiliated-roles");
    private static final Set<String> KNOWN = Lexicon.knownOrganizations();
    private static final Set<String> NOT_ORGANIZATIONS = Lexicon.words("not-organizations");
    /** Where a speaker stands to an organization: "a spokesman for", "an analyst at", "an official with". */
    private static final Set<String> AFFILIATION_PREPOSITIONS = Lexicon.words("affiliation-prepositions");
    /** Determiners that open an appositive ("Rosneft, the state oil company"). */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("the", "a", "an");
    /** Ways of saying something in writing: "X said in a statement". */
    private static final Set<String> STATEMENTS = Set.of("statement", "release", "filing", "email", "e-mail");

    private OrganizationContexts() {
    }

    static List<Mention> apply(List<Mention> mentions, Document doc) {
        Gazetteer gaz = Gazetteer.get();
        Set<String> surnames = new HashSet<>();
        Set<String> givenNames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == ActorType.PERSON && m.lastToken() > m.firstToken()) {
                String[] w = m.surface().split(" ");
                if (gaz.isFirstName(w[0]) || m.titled()) surnames.add(w[w.length - 1].toLowerCase(Locale.ROOT));
                givenNames.add(w[0].toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Integer> count = new HashMap<>();
        for (Mention m : mentions) count.merge(key(m.surface()), 1, Integer::sum);
        Set<String> organizations = new HashSet<>();
        Set<String> companiesByGivenName = new HashSet<>();
        for (Mention m : mentions) {
            List<Token> t = doc.sentences().get(m.sentence()).tokens();
            if (!eligible(m, surnames, gaz)) {
                if (loneGivenName(m, givenNames, gaz) && used(t, m.firstToken(), m.lastToken())) companiesByGivenName.add(key(m.surface()));
                continue;
            }
            // a known organization named once in passing ("sponsored by NBC News, YouTube, …") is no actor of the story
            String lower = m.surface().toLowerCase(Locale.ROOT);
            boolean known = m.firstToken() == m.lastToken() && KNOWN.contains(lower) && !NOT_ORGANIZATIONS.contains(lower)
                    && count.get(key(m.surface())) >= 2;
            if (m.type() == ActorType.ORGANIZATION || known || used(t, m.firstToken(), m.lastToken())) {
                organizations.add(key(m.surface()));
            }
        }
        if (organizations.isEmpty() && companiesByGivenName.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() != ActorType.ORGANIZATION && (organizations.contains(key(m.surface())) && eligible(m, surnames, gaz)
                    || companiesByGivenName.contains(key(m.surface())) && loneGivenName(m, givenNames, gaz))) {
                m = new Mention(m.surface(), m.start(), m.end(), m.sentence(), m.firstToken(), m.lastToken(), null,
                        ActorType.ORGANIZATION, m.weak(), false);
            }
            out.add(m);
        }
        return out;
    }

    /** An unknown name that nothing marks as a person's. */
    private static boolean eligible(Mention m, Set<String> surnames, Gazetteer gaz) {
        if (m.known() != null || m.titled() || m.type() == ActorType.PLACE) return false;
        String[] w = m.surface().split(" ");
        if (gaz.isFirstName(w[0]) && !MentionFinder.isAcronym(w[0])) return false;
        return !(w.length == 1 && surnames.contains(w[0].toLowerCase(Locale.ROOT)));
    }

    /**
     * A lone word on the given-name lists that no one in the article bears as a given name: news names a person
     * alone by the surname, so when the sentence uses it as an organization's ("shares in Shell") it is a company,
     * though Shell is a given name too. "Bernie" beside "Bernie Sanders" stays his.
     */
    private static boolean loneGivenName(Mention m, Set<String> givenNames, Gazetteer gaz) {
        return m.known() == null && !m.titled() && m.type() != ActorType.PLACE && m.firstToken() == m.lastToken()
                && gaz.isFirstName(m.surface()) && !givenNames.contains(m.surface().toLowerCase(Locale.ROOT));
    }

    private static String key(String surface) {
        String s = surface.regionMatches(true, 0, "the ", 0, 4) ? surface.substring(4) : surface;
        return s.toLowerCase(Locale.ROOT);
    }

    /** Does the sentence use the name at tokens a..b the way one uses an organization's? */
    static boolean used(List<Token> t, int a, int b) {
        return appositive(t, b) || possessive(t, b) || Holdings.held(t, a) || statement(t, b) || affiliation(t, a)
                || namesTheNoun(t, a, b) || describedBefore(t, a);
    }

    /**
     * "the oil giant Exxon Mobil", "the progressive group Acme Now", "the daily Example Times": news writing sets the
     * kind of organization before its name, after "the" and at most two more lower-case words.
     */
    private static boolean describedBefore(List<Token> t, int a) {
        if (a < 2 || t.get(a - 1).isCapitalized() || !ORGANIZATION_NOUNS.contains(t.get(a - 1).lower())) return false;
        String noun = t.get(a - 1).lower();
        // an agent noun may describe a person as well: "the publisher Jane Roe", "the developer …", "the trader …"
        if (noun.endsWith("er") || noun.endsWith("or")) return false;
        for (int k = a - 2; k >= Math.max(0, a - 4); k--) {
            Token x = t.get(k);
            if (x.is("the") || x.possessive()) return true;
            if (!x.isWord() || x.isCapitalized()) return false;
        }
        return false;
    }

    /** "the Unite union said", "fighters of the Wagner group": the name before an organization noun is its name. */
    private static boolean namesTheNoun(List<Token> t, int a, int b) {
        return a >= 1 && t.get(a - 1).is("the") && b + 1 < t.size() && !t.get(b + 1).isCapitalized()
                && ORGANIZATION_NOUNS.contains(t.get(b + 1).lower());
    }

    /** "Rosneft, the Russian state oil company," / "Xstrata, a Swiss mining group". */
    private static boolean appositive(List<Token> t, int b) {
        if (b + 3 >= t.size() || !t.get(b + 1).is(",") || !APPOSITIVE_OPENERS.contains(t.get(b + 2).lower())) return false;
        String head = null;
        String previous = null;
        for (int k = b + 3; k < t.size() && k <= b + 9; k++) {
            Token x = t.get(k);
            if (!x.isWord() && !x.possessive()) break;
            if (x.possessive()) {
                head = null; // "the company's chief": the chief is the head
                continue;
            }
            if (x.is("that") || x.is("which") || x.is("who") || x.is("of") || x.is("in") || x.is("based")
                    || x.is("with") || x.is("for") || x.is("and")) break;
            previous = head;
            head = x.lower();
        }
        if (head == null) return false;
        return ORGANIZATION_NOUNS.contains(head) || previous != null && ORGANIZATION_NOUNS.contains(previous + " " + head);
    }

    /** "Rosneft's chief executive", "Xstrata's shares", "Glencore's new board". */
    private static boolean possessive(List<Token> t, int b) {
        if (b + 2 >= t.size() || !t.get(b + 1).possessive()) return false;
        int k = b + 2;
        if (possession(t, k)) return true;
        return k + 1 < t.size() && "ADJ".equals(t.get(k).tag()) && !t.get(k).isCapitalized() && possession(t, k + 1);
    }

    private static boolean possession(List<Token> t, int k) {
        StringBuilder phrase = new StringBuilder();
        for (int n = 0; n < 4 && k + n < t.size() && t.get(k + n).isWord(); n++) {
            if (n > 0) phrase.append(' ');
            phrase.append(t.get(k + n).lower());
            if (POSSESSIONS.contains(phrase.toString())) return true;
        }
        return false;
    }

    /** "Otkritie said in a statement", "Xstrata says in a filing". */
    private static boolean statement(List<Token> t, int b) {
        if (b + 4 >= t.size()) return false;
        Token verb = t.get(b + 1);
        if (!(verb.is("said") || verb.is("says"))) return false;
        return t.get(b + 2).is("in") && (t.get(b + 3).is("a") || t.get(b + 3).is("its")) && STATEMENTS.contains(t.get(b + 4).lower());
    }

    /** "a spokesman for Rosneft", "an analyst at Otkritie", "officials with Judicial Watch". */
    private static boolean affiliation(List<Token> t, int a) {
        return a >= 2 && AFFILIATION_PREPOSITIONS.contains(t.get(a - 1).lower()) && AFFILIATED.contains(t.get(a - 2).lower());
    }
}
