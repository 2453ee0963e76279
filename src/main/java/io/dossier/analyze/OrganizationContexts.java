package io.dossier.analyze;

import io.dossier.analyze.text.Names;

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
 * <li>a possessive with what a company has: "Rosneft's chief executive", "Xstrata's shares", "Sony's PlayStation VR";</li>
 * <li>shares of it: "shares of Xstrata fell", "stock in Glencore";</li>
 * <li>it speaks by statement: "Otkritie said in a statement";</li>
 * <li>someone speaks for it or works at it: "a spokesman for Rosneft", "an analyst at Otkritie";</li>
 * <li>it names the organization noun after it: "the Unite union", "the Wagner group";</li>
 * <li>an organization noun describes it just before: "the oil giant Exxon Mobil", "the progressive group Acme Now";</li>
 * <li>without an article, what it does or makes, then that noun: "security firm FireEye", "Minecraft developer Mojang";</li>
 * <li>it is taken over: "the acquisition of WhatsApp", "closed the deal to buy Oculus VR";</li>
 * <li>a clause says what it does as a company: "Meta, which owns Facebook and Instagram";</li>
 * <li>its own people are named with it: "Snapchat CEO Evan Spiegel", "co-founder and CEO of Vidyard";</li>
 * <li>a report comes from it, a lone word: "according to Bloomberg", "as Mashable reports";</li>
 * <li>it stands in a list beside an organization: "Nintendo and Apple", "Mozilla, Google or Microsoft";</li>
 * <li>it is on the known-organization list ({@link Lexicon#knownOrganizations()}) and nothing makes it a person,
 * even when it is named only once: "Ikea, Nestlé and Procter & Gamble" are actors an annotator lists.</li>
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
    private static final Set<String> DEALS = Lexicon.words("deal-words");
    /**
     * "published by Faber", "operated by Maersk": what owns, runs or makes a thing is a company, when one word names it
     * (a person is named in full: "owned by Abdulhadi Yarimoglu").
     */
    private static final Set<String> MAKERS = Lexicon.words("maker-phrases");
    private static final Set<String> COMPANY_CLAUSE_VERBS = Lexicon.words("company-clause-verbs");
    private static final Set<String> COMPANY_ROLES = Lexicon.words("company-roles");
    private static final Set<String> SOURCES = Lexicon.words("source-phrases");
    /** "as Mashable reports": the verbs of a report after its source. */
    private static final Set<String> REPORTS = Set.of("reports", "reported", "writes", "wrote");
    /** Words that join the names of a list. */
    private static final Set<String> LIST_JOINS = Set.of("and", "or", ",", "&");
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
        Set<String> anySurnames = new HashSet<>();
        Set<String> givenNames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == ActorType.PERSON && m.lastToken() > m.firstToken()) {
                String[] w = m.surface().split(" ");
                String surname = w[w.length - 1].toLowerCase(Locale.ROOT);
                if (gaz.isFirstName(w[0]) || m.titled()) surnames.add(surname);
                // the last two words or more of a person's name, said alone: "Saoirse Ní Bhriain … Ní Bhriain said in a statement"
                for (int k = 1; k < w.length - 1; k++) surnames.add(String.join(" ", List.of(w).subList(k, w.length)).toLowerCase(Locale.ROOT));
                anySurnames.add(surname);
                givenNames.add(w[0].toLowerCase(Locale.ROOT));
            }
        }
        Set<String> organizations = new HashSet<>();
        Set<String> companiesByGivenName = new HashSet<>();
        for (Mention m : mentions) {
            List<Token> t = doc.sentences().get(m.sentence()).tokens();
            if (!eligible(m, surnames, gaz)) {
                if (loneGivenName(m, givenNames, gaz) && used(t, m.firstToken(), m.lastToken())) companiesByGivenName.add(key(m.surface()));
                continue;
            }
            String lower = m.surface().toLowerCase(Locale.ROOT);
            boolean known = m.firstToken() == m.lastToken() && KNOWN.contains(Gazetteer.withoutAccents(lower)) && !NOT_ORGANIZATIONS.contains(lower); // "Nestlé"
            boolean product = m.firstToken() == m.lastToken() && ownsProduct(t, m.lastToken()) && !anySurnames.contains(lower);
            if (m.type() == ActorType.ORGANIZATION || known || product || used(t, m.firstToken(), m.lastToken()) || roleAfter(t, m.lastToken())
                    || m.firstToken() == m.lastToken() && wholeRun(t, m) && reportSource(t, m.firstToken())) {
                organizations.add(key(m.surface()));
            }
        }
        listedBeside(mentions, doc, organizations, surnames, gaz);
        if (organizations.isEmpty() && companiesByGivenName.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() != ActorType.ORGANIZATION && (organizations.contains(key(m.surface())) && eligible(m, surnames, gaz)
                    || companiesByGivenName.contains(key(m.surface())) && loneGivenName(m, givenNames, gaz))) {
                m = m.as(ActorType.ORGANIZATION);
            }
            out.add(m);
        }
        return out;
    }

    /**
     * An unknown name that nothing marks as a person's, nor as a place's but its last word: "The venue operator,
     * Cellar Lane, said" is a company for all its "Lane".
     */
    private static boolean eligible(Mention m, Set<String> surnames, Gazetteer gaz) {
        if (m.known() != null || m.titled() || m.type() == ActorType.PLACE && !placeByHeadWordOnly(m, gaz)) return false;
        String[] w = m.surface().split(" ");
        if (gaz.isFirstName(w[0]) && !MentionFinder.isAcronym(w[0])) return false;
        return !surnames.contains(m.surface().toLowerCase(Locale.ROOT));
    }

    private static boolean placeByHeadWordOnly(Mention m, Gazetteer gaz) {
        return m.lastToken() > m.firstToken() && gaz.namedLikePlace(m.surface().split(" "));
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
        String s = Names.withoutThe(surface);
        return s.toLowerCase(Locale.ROOT);
    }

    /** Does the sentence use the name at tokens a..b the way one uses an organization's? */
    static boolean used(List<Token> t, int a, int b) {
        return appositive(t, b) || possessive(t, b) || Holdings.held(t, a) || statement(t, b) || affiliation(t, a)
                || namesTheNoun(t, a, b) || describedBefore(t, a, b) || kindBefore(t, a) || after(t, a, DEALS)
                || a == b && after(t, a, MAKERS) || companyClause(t, b) || roleOf(t, a);
    }

    /** "Michael Litt, co-founder and CEO of Vidyard", "the chief executive of Otkritie": a company's role, then "of". */
    private static boolean roleOf(List<Token> t, int a) {
        if (a < 2 || !t.get(a - 1).is("of")) return false;
        return COMPANY_ROLES.contains(t.get(a - 2).lower()) || a >= 3 && COMPANY_ROLES.contains(t.get(a - 3).lower() + " " + t.get(a - 2).lower());
    }

    /** "Meta, which owns Facebook and Instagram": "which" is said of things, and owning of companies. */
    private static boolean companyClause(List<Token> t, int b) {
        return b + 3 < t.size() && t.get(b + 1).is(",") && t.get(b + 2).is("which") && COMPANY_CLAUSE_VERBS.contains(t.get(b + 3).lower());
    }

    /**
     * A lone word that is a whole name, not the cut first or last word of a longer run ("Middle" of "Middle Eastern")
     * nor a state's abbreviation ("D-Va.").
     */
    private static boolean wholeRun(List<Token> t, Mention m) {
        int a = m.firstToken(), b = m.lastToken();
        boolean runStarts = a == 0 || !t.get(a - 1).isCapitalized() || a == 1 && Gazetteer.get().isStopWord(t.get(0).text()); // "As Mashable reports"
        return runStarts && (b + 1 >= t.size() || !t.get(b + 1).isCapitalized() && !t.get(b + 1).is("."))
                && !TownsBeforeRegions.STATE_ABBREVIATIONS.contains(m.surface().toLowerCase(Locale.ROOT));
    }

    /** Do the one to three words before token {@code a} make one of these phrases? */
    private static boolean after(List<Token> t, int a, Set<String> phrases) {
        StringBuilder phrase = new StringBuilder();
        for (int k = a - 1; k >= Math.max(0, a - 3); k--) {
            if (!t.get(k).isWord()) return false;
            phrase.insert(0, phrase.length() == 0 ? t.get(k).lower() : t.get(k).lower() + " ");
            if (phrases.contains(phrase.toString())) return true;
        }
        return false;
    }

    /** "Snapchat CEO Evan Spiegel", "Tesla chief executive Elon Musk": a company role, then a name. */
    private static boolean roleAfter(List<Token> t, int b) {
        int n = phraseAt(t, b + 1, COMPANY_ROLES, 2);
        return n > 0 && b + n + 1 < t.size() && t.get(b + n + 1).isCapitalized();
    }

    /** "according to Bloomberg", "as Mashable reports": a lone word a report comes from. */
    private static boolean reportSource(List<Token> t, int a) {
        return after(t, a, SOURCES) || a >= 1 && t.get(a - 1).is("as") && a + 1 < t.size() && REPORTS.contains(t.get(a + 1).lower());
    }

    /**
     * "Nintendo and Apple shocked the world", "Mozilla, Google or Microsoft": a lone name listed beside an
     * organization is one too, unless something marks it as a person's. Adds the names it finds to {@code organizations}.
     */
    private static void listedBeside(List<Mention> mentions, Document doc, Set<String> organizations, Set<String> surnames, Gazetteer gaz) {
        Map<Long, Mention> byStart = new HashMap<>(), byEnd = new HashMap<>();
        for (Mention m : mentions) {
            byStart.put(((long) m.sentence() << 32) | m.firstToken(), m);
            byEnd.put(((long) m.sentence() << 32) | m.lastToken(), m);
        }
        List<String> found = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.firstToken() != m.lastToken() || m.type() == ActorType.ORGANIZATION || !eligible(m, surnames, gaz)
                    || organizations.contains(key(m.surface()))) continue;
            List<Token> t = doc.sentences().get(m.sentence()).tokens();
            if (!wholeRun(t, m)) continue;
            long s = (long) m.sentence() << 32;
            Mention next = byStart.get(s | (m.lastToken() + 2)), previous = m.firstToken() >= 2 ? byEnd.get(s | (m.firstToken() - 2)) : null;
            if (next != null && organization(next, organizations) && listJoin(t, m.lastToken() + 1, next.lastToken())
                    || previous != null && organization(previous, organizations) && listJoin(t, m.firstToken() - 1, m.lastToken())) {
                found.add(key(m.surface()));
            }
        }
        organizations.addAll(found);
    }

    /**
     * Is token {@code k} the join of a list whose second member ends at {@code end}: "and", "or", or a comma that
     * the list goes on after ("Mozilla, Google or Microsoft"), not a comma after an opening word ("Previously, NBT").
     */
    private static boolean listJoin(List<Token> t, int k, int end) {
        if (!LIST_JOINS.contains(t.get(k).lower())) return false;
        return !t.get(k).is(",") || end + 1 < t.size() && LIST_JOINS.contains(t.get(end + 1).lower());
    }

    /**
     * An organization by the list of known ones, by its use in the article, or by a name of several words typed so;
     * not a lone word the mention finder only guessed at ("N.Y." in a dateline).
     */
    private static boolean organization(Mention m, Set<String> organizations) {
        if (m.known() != null) return m.known().type() == ActorType.ORGANIZATION;
        if (m.surface().contains(".")) return false;
        return organizations.contains(key(m.surface())) || m.type() == ActorType.ORGANIZATION && m.lastToken() > m.firstToken();
    }

    /**
     * "the oil giant Exxon Mobil", "the progressive group Acme Now", "the daily Example Times": news writing sets the
     * kind of organization before its name, after "the" and at most two more lower-case words.
     */
    private static boolean describedBefore(List<Token> t, int a, int b) {
        if (a < 2 || t.get(a - 1).isCapitalized() || !ORGANIZATION_NOUNS.contains(t.get(a - 1).lower())) return false;
        String noun = t.get(a - 1).lower();
        // "the publisher Jane Roe" is a person, but news introduces a person by the whole name: "the insurance broker
        // Marsh", "the satellite operator Eutelsat" are companies (a surname used alone is someone's: see eligible)
        if (agentNoun(noun) && (b > a || Gazetteer.get().isFirstName(t.get(a).text()))) return false;
        for (int k = a - 2; k >= Math.max(0, a - 4); k--) {
            Token x = t.get(k);
            if (x.is("the") || x.possessive()) return true;
            if (!x.isWord() || x.isCapitalized()) return false;
        }
        return false;
    }

    /**
     * "security firm FireEye", "testing company Theranos", "Minecraft developer Mojang": without an article, a noun
     * or a name saying what the company does or makes, then the organization noun, then the name. An agent noun
     * ("developer", "publisher") describes people too ("software developer …"), so it needs a name before it, what the
     * company makes; a place or a people before it says where someone is from ("Pakistan-based developer Ammar Askar").
     */
    private static boolean kindBefore(List<Token> t, int a) {
        if (a < 2 || t.get(a - 1).isCapitalized() || !ORGANIZATION_NOUNS.contains(t.get(a - 1).lower())) return false;
        Token kind = t.get(a - 2);
        if (!kind.isWord()) return false;
        boolean agent = agentNoun(t.get(a - 1).lower());
        // a product's name, whatever the tagger guessed; not where the company is from ("Pakistan-based developer …")
        Gazetteer gaz = Gazetteer.get();
        if (kind.isCapitalized()) return !gaz.isStopWord(kind.text()) && kind.text().indexOf('-') < 0
                && gaz.lookup(kind.text()) == null && !gaz.isDemonym(kind.text());
        return !agent && ("NOUN".equals(kind.tag()) || "ADJ".equals(kind.tag()));
    }

    /** An agent noun describes a person as well as a company: "the publisher Jane Roe", "the developer …", "the trader …". */
    private static boolean agentNoun(String noun) {
        return noun.endsWith("er") || noun.endsWith("or");
    }

    /**
     * "the Unite union said", "fighters of the Wagner group", "the Interfax news agency reported": the name before an
     * organization noun, or before a noun or adjective that modifies one, is its name.
     */
    private static boolean namesTheNoun(List<Token> t, int a, int b) {
        if (a < 1 || !t.get(a - 1).is("the") || b + 1 >= t.size() || t.get(b + 1).isCapitalized()) return false;
        if (ORGANIZATION_NOUNS.contains(t.get(b + 1).lower())) return true;
        String tag = t.get(b + 1).tag();
        return ("NOUN".equals(tag) || "ADJ".equals(tag)) && b + 2 < t.size() && !t.get(b + 2).isCapitalized()
                && ORGANIZATION_NOUNS.contains(t.get(b + 2).lower());
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
            if (x.is("that") || x.is("which") || x.is("who") || x.is("whose") || x.is("of") || x.is("in") || x.is("based")
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
        return phraseAt(t, k, POSSESSIONS, 4) > 0;
    }

    /**
     * "Sony's PlayStation VR", "Samsung's Galaxy S7": a lone name owning a product whose name has a model number or a
     * brand's inner capital. People own products too ("Yildirim's LinkedIn page"), so the caller leaves out the
     * surnames of the article's people.
     */
    private static boolean ownsProduct(List<Token> t, int b) {
        if (b + 2 >= t.size() || !t.get(b + 1).possessive()) return false;
        for (int n = b + 2; n < t.size() && t.get(n).isCapitalized() && t.get(n).isWord(); n++) {
            if (MentionFinder.modelWord(t.get(n).text())) return true;
        }
        return false;
    }

    /** The number of words (at most {@code max}) of the shortest of these phrases that starts at token {@code k}, or 0. */
    private static int phraseAt(List<Token> t, int k, Set<String> phrases, int max) {
        StringBuilder phrase = new StringBuilder();
        for (int n = 0; n < max && k + n < t.size() && t.get(k + n).isWord(); n++) {
            if (n > 0) phrase.append(' ');
            phrase.append(t.get(k + n).lower());
            if (phrases.contains(phrase.toString())) return n + 1;
        }
        return 0;
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
