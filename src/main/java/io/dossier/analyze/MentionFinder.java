package io.dossier.analyze;

import io.dossier.analyze.text.Furniture;
import io.dossier.analyze.text.Lexicon;
import io.dossier.analyze.text.Names;

import io.dossier.analyze.text.Gazetteer;

import io.dossier.analyze.text.Token;

import io.dossier.analyze.text.Sentence;

import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the names in a sentence: runs of capitalized tokens, split into gazetteer entities,
 * title words and unknown names. Sentence-initial words count only when the tagger calls them
 * proper nouns; demonyms and role words are never names on their own.
 */
final class MentionFinder {

    static final Set<String> ORG_HEADS = Lexicon.words("organization-heads");
    /** Capitalised before "of" and a place, its local government: "City of Albuquerque". */
    private static final Set<String> MUNICIPALITY_HEADS = Lexicon.words("municipality-heads");
    /** Heads whose name goes on with "on" and a subject: "Council on Foreign Relations". */
    private static final Set<String> TOPIC_HEADS = Lexicon.words("topic-heads");
    private static final Set<String> PLACE_HEADS = Lexicon.words("place-heads");
    private static final Set<String> NON_ACTOR_HEADS = Lexicon.words("non-actor-heads");
    private static final Set<String> PARTICLES = Lexicon.NAME_PARTICLES;
    private static final Set<String> PERSON_NOUNS = Lexicon.words("person-nouns");
    private static final Set<String> COMPASS = Lexicon.words("compass-words");
    private static final Set<String> PLACE_OPENERS = Lexicon.words("place-openers");
    private static final Set<String> CLUB_OPENERS = Lexicon.words("club-openers");
    static final Set<String> REGION_ADJECTIVES = Lexicon.words("region-adjectives");
    private static final Set<String> UNITS = Lexicon.words("unit-words");
    private static final Set<String> STATIONS = Lexicon.words("station-words");
    private static final Set<String> DETERMINERS = Lexicon.words("determiners");
    private static final Set<String> OPENERS = Set.of("\"", "\u201C", "\u2018", "'", "(", "[", "\u2014", "-", ":");

    private final Gazetteer gaz = Gazetteer.get();

    private Set<String> lowercaseWords = Set.of();
    private Set<String> midSentencePairs = Set.of();
    private Set<String> surnames = Set.of();
    private Set<String> titledSurnames = Set.of();

    /**
     * How the article writes its words: those it writes in lower case somewhere (a capitalised sentence opener that is
     * also written lower case is a common word); the pairs of capitalised words it writes inside a sentence ("at
     * Whole Foods"), which are a name's first two words wherever they stand ("Whole Foods cut prices"); and the
     * surnames of the people it names in full inside a sentence ("… said Donald Trump"), which are names when they
     * open one ("Trump described …"), whatever the tagger made of them there; and the words it sets after "Mr.", "Ms."
     * or "Dr.", which are surnames even when they are also common words ("Ms. White", "Mr. Young").
     */
    record Casing(Set<String> lowercaseWords, Set<String> midSentencePairs, Set<String> surnames, Set<String> titledSurnames) {
        static Casing of(io.dossier.analyze.text.Document doc) {
            Set<String> lower = new java.util.HashSet<>();
            for (Token t : doc.tokens()) if (Character.isLowerCase(t.text().charAt(0))) lower.add(t.text());
            Set<String> pairs = new java.util.HashSet<>();
            Set<String> surnames = new java.util.HashSet<>();
            Set<String> titled = new java.util.HashSet<>();
            Gazetteer gaz = Gazetteer.get();
            for (Sentence s : doc.sentences()) {
                List<Token> t = s.tokens();
                for (int k = 1; k < t.size(); k++) {
                    Token w = t.get(k);
                    if (w.isCapitalized() && w.isWord() && gaz.isHonorific(t.get(k - 1).text()) && t.get(k - 1).text().endsWith(".")
                            && (k + 1 >= t.size() || !t.get(k + 1).isCapitalized())) titled.add(w.text());
                    if (!w.isCapitalized() || !w.isWord() || sentenceInitial(t, k)) continue;
                    if (k + 1 < t.size() && t.get(k + 1).isCapitalized() && t.get(k + 1).isWord() && !t.get(k - 1).isCapitalized()) {
                        pairs.add(w.text() + " " + t.get(k + 1).text());
                    }
                    // "Donald Trump", "Bernie Sanders": a given name on the lists, then the surname; "Dylann Roof": two
                    // names the tagger reads as proper nouns, the first no title, role or known name
                    Token g = t.get(k - 1);
                    boolean givenName = g.isCapitalized() && (gaz.isFirstName(g.text()) || "PROPN".equals(g.tag())
                            && "PROPN".equals(w.tag()) && !sentenceInitial(t, k - 1) && gaz.lookup(g.text()) == null
                            && !gaz.isRoleHead(g.text()) && !gaz.isHonorific(g.text()) && !gaz.isRoleModifier(g.text())
                            && !gaz.isStopWord(g.text()) && !ORG_HEADS.contains(w.text().toLowerCase(Locale.ROOT)));
                    if (givenName && !lower.contains(w.text().toLowerCase(Locale.ROOT)) && gaz.lookup(w.text()) == null
                            && !gaz.isStopWord(w.text()) && (k + 1 >= t.size() || !t.get(k + 1).isCapitalized())) {
                        surnames.add(w.text());
                    }
                }
            }
            return new Casing(lower, pairs, surnames, titled);
        }
    }

    /**
     * "#Hamilton", "@Uber_Sydney": a word glued to a hash or an at sign, or to what is glued to one, is a tag or an
     * account's handle, which names no one in the sentence.
     */
    private static boolean hashtagOrHandle(List<Token> t, int i) {
        for (int k = i; k > 0 && t.get(k - 1).end() == t.get(k).start(); k--) {
            if (t.get(k - 1).is("#") || t.get(k - 1).is("@")) return true;
        }
        return false;
    }

    /**
     * "a 4K TV", "12GB of RAM", "8 GB", "2.3 Ghz": a capital glued to a number, or a unit of measure after one, is part
     * of a quantity or a model, not a name ("the No. 2 GOP leader" keeps its party: a unit must be on the list).
     */
    private static boolean unitAfterNumber(List<Token> t, int i) {
        if (i == 0 || !Character.isDigit(t.get(i - 1).text().charAt(0))) return false;
        return t.get(i - 1).end() == t.get(i).start() || UNITS.contains(t.get(i).text());
    }

    List<Mention> find(Sentence s, Casing casing) {
        this.lowercaseWords = casing.lowercaseWords();
        this.midSentencePairs = casing.midSentencePairs();
        this.surnames = casing.surnames();
        this.titledSurnames = casing.titledSurnames();
        List<Token> t = s.tokens();
        List<Mention> out = new ArrayList<>();
        boolean headlineCase = headlineCase(t);
        int i = 0;
        while (i < t.size()) {
            Token tok = t.get(i);
            // "President-elect Trump": a hyphenated title is a title, not a name used as a modifier ("Abbas-led")
            if (modifierCompound(tok) && !gaz.isRoleHead(tok.text()) && !doubleBarrelledSurname(t, i)) {
                compoundParts(s, i, out);
                i++;
                continue;
            }
            if (hashtagOrHandle(t, i) || unitAfterNumber(t, i)) {
                i++;
                continue;
            }
            int spanning = tok.isCapitalized() ? knownSpan(t, i) : numberedPlace(t, i);
            if (!runToken(tok) && spanning == 0 && !(i > 0 && gaz.isHonorific(t.get(i - 1).text()) && titledSurnames.contains(tok.text()))) {
                i++;
                continue;
            }
            int j = i + Math.max(1, spanning);
            int country;
            boolean ofThe = false;
            while (j < t.size()) {
                Token u = t.get(j);
                int known = u.isCapitalized() ? knownSpan(t, j) : 0;
                if (known > 0) {
                    j += known;
                } else if (runToken(u) && (!modifierCompound(u) || doubleBarrelledSurname(t, j))) {
                    j++;
                } else if (koreanGivenName(t, j)) {
                    j++;
                } else if (u.isCapitalized() && ORG_HEADS.contains(u.text().toLowerCase(Locale.ROOT))) {
                    j++; // "Judicial Watch", "Green Valley Watch": a stop word on its own, an organisation's head after a name

                } else if (surnameAfterGivenName(t, j) || titledSurnameEndsName(t, i, j)) {
                    j++;
                } else if (isConnector(t, j) && j + 1 < t.size() && runToken(t.get(j + 1)) && !modifierCompound(t.get(j + 1))) {
                    j += 2;
                } else if (isConnector(t, j) && j + 2 < t.size() && PARTICLES.contains(t.get(j + 1).text())
                        && runToken(t.get(j + 2)) && !modifierCompound(t.get(j + 2))) {
                    j += 3; // two particles before the surname: "Pieter van der Berg", "Tomás de la Cruz"
                } else if (isConnector(t, j) && j + 2 < t.size() && t.get(j + 1).is("the") && runToken(t.get(j + 2))) {
                    j += 3; // "Office of the Director of National Intelligence", "Department of the Treasury"
                    ofThe = true;
                } else if (ofThe && t.get(j).is("of") && j + 1 < t.size() && runToken(t.get(j + 1))) {
                    j += 2; // the rest of such a name: "… of the Director of National Intelligence"
                } else if (stationNumber(t, j)) {
                    j++; // "BBC Radio 4", "Fox 35", "Channel 4 News"
                } else if (nickname(t, i, j)) {
                    j += 3; // Rep. Thomas "Tad" Brennan Jr.
                } else if (ampersandName(t, i, j)) {
                    j += 2; // "Procter & Gamble", "Marks & Spencer", "Johnson & Johnson"
                } else if (andInOrgName(t, i, j)) {
                    j += 2;
                } else if (commaInOrgName(t, i, j)) {
                    j += 2;
                } else if (possessiveInOrgName(t, i, j)) {
                    j++; // "Murdoch Children's Research Institute", "King's College London"
                } else if ((country = countryInOrgName(t, i, j)) > 0) {
                    j += 1 + country; // "Association of Banks in Lebanon"
                } else {
                    break;
                }
            }
            if (administration(t, i, j)) {
                add(s, i, j, null, ActorType.ORGANIZATION, false, out); // "the Obama administration"
                i = j + 1;
                continue;
            }
            splitRun(s, i, j, headlineCase, out);
            i = j;
        }
        if (!headlineCase) {
            countrysMinistries(s, out);
            nationalBodies(s, out);
        }
        return out;
    }

    private static final Set<String> NATIONAL_BODIES = Lexicon.NATIONAL_BODIES;

    /**
     * "The Israeli military said", "the Lebanese army", "the Scottish government": after "the", a nation's adjective
     * and a lower-case armed force or office name that body, an organization of its own (wire copy's usual name for
     * it), as "the Obama administration" names a government.
     */
    private void nationalBodies(Sentence s, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int k = 1; k + 1 < t.size(); k++) {
            Token adjective = t.get(k), body = t.get(k + 1);
            if (!t.get(k - 1).is("the") || !adjective.isCapitalized() || !NATIONAL_BODIES.contains(body.text())) continue;
            if (!gaz.isDemonym(adjective.text()) && gaz.demonymCountry(adjective.text()) == null) continue;
            add(s, k, k + 1, null, ActorType.ORGANIZATION, false, out);
        }
    }

    /**
     * "Qatar's foreign ministry said", "Gaza's Health Ministry", "Egypt's Ministry of Foreign Affairs": a place's
     * ministry, named by the place's possessive, is an organization of its own, named with the place (the place is
     * mentioned too). Wire copy names a government's ministries this way far more often than by their full names.
     */
    private void countrysMinistries(Sentence s, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int k = 1; k + 1 < t.size(); k++) {
            if (!t.get(k).possessive() || t.get(k).text().length() < 2) continue;
            int from = -1;
            for (int len = Math.min(3, k); len >= 1 && from < 0; len--) {
                Gazetteer.Entry e = gaz.lookup(phrase(t, k - len, k));
                if (e != null && e.type() == ActorType.PLACE && t.get(k - len).isCapitalized()) from = k - len;
            }
            if (from < 0) continue;
            int head = -1;
            for (int j = k + 1; j < t.size() && j <= k + 3 && head < 0; j++) {
                Token w = t.get(j);
                if (!w.isWord() || "VERB".equals(w.tag()) || "AUX".equals(w.tag())) break;
                if (w.lower().equals("ministry")) head = j;
            }
            if (head < 0) continue;
            int end = head;
            // "Egypt's Ministry of Foreign Affairs": a capitalized ministry's name goes on after "of"
            if (t.get(head).isCapitalized() && head + 2 < t.size() && t.get(head + 1).is("of") && t.get(head + 2).isCapitalized()) {
                end = head + 2;
                while (end + 1 < t.size() && (t.get(end + 1).isCapitalized() || t.get(end + 1).is("and") && end + 2 < t.size()
                        && t.get(end + 2).isCapitalized())) end += t.get(end + 1).is("and") ? 2 : 1;
            }
            add(s, from, end, null, ActorType.ORGANIZATION, false, out);
        }
    }

    /**
     * "the Obama administration", "the Trump administration": the government a leader heads is an organization of its
     * own, named by the leader's surname and a lower-case "administration" after "the".
     */
    private static boolean administration(List<Token> t, int from, int to) {
        return to < t.size() && to - from == 1 && from > 0 && t.get(to).text().equals("administration")
                && t.get(from - 1).is("the") && t.get(from).isCapitalized();
    }

    private static final Set<String> POSSESSIVE_NAME_WORDS = Lexicon.words("possessive-name-words");
    /** "Corp", "Inc", "Group": words after a name that only say it is a company (also read by ShortOrganizationNames). */
    static final Set<String> COMPANY_SUFFIXES = Lexicon.words("company-suffixes");

    /**
     * A possessive inside an institution's name, before capitalized words that end in an organization's head
     * ("Research Institute", "College", "Office"): after one of {@link #POSSESSIVE_NAME_WORDS}, a saint's name ("St
     * Mary's"), a plural ("the Prison Officers’ Association": a plural's possessive is a group's, and a capitalized
     * group's body is a name), or an office holder ("the Cook County Clerk's Office", "the Attorney General's Office").
     */
    private boolean possessiveInOrgName(List<Token> t, int runStart, int j) {
        if (!t.get(j).possessive() || j == runStart) return false;
        String before = t.get(j - 1).lower();
        boolean saint = j - 2 >= runStart && (t.get(j - 2).is("St") || t.get(j - 2).is("St.") || t.get(j - 2).is("Saint"));
        boolean plural = before.length() > 3 && before.endsWith("s") && !t.get(j).text().endsWith("s") // "Officers’", not "Jones's"
                && !gaz.isFirstName(t.get(runStart).text()); // "Tom Jones' Office" is his
        if (!POSSESSIVE_NAME_WORDS.contains(before) && !saint && !plural && !gaz.isRoleHead(before)) return false;
        for (int k = j + 1; k < t.size() && k <= j + 4 && t.get(k).isCapitalized() && !t.get(k).punctuation(); k++) {
            if (ORG_HEADS.contains(t.get(k).lower())) return true;
        }
        return false;
    }

    private static final Set<String> ASSOCIATION_HEADS = Lexicon.words("association-heads");

    /**
     * "the Association of Banks in Lebanon": after an association's head and "of …", "in" and a country's name are
     * part of the name. The length of the country's name after "in" at {@code j}, or 0.
     */
    private int countryInOrgName(List<Token> t, int runStart, int j) {
        if (!t.get(j).is("in") || j + 1 >= t.size() || !t.get(j + 1).isCapitalized()) return 0;
        boolean headOf = false;
        for (int k = runStart; k + 1 < j && !headOf; k++) {
            headOf = ASSOCIATION_HEADS.contains(t.get(k).lower()) && t.get(k + 1).is("of");
        }
        if (!headOf) return 0;
        int span = Math.max(1, knownSpan(t, j + 1));
        Gazetteer.Entry e = gaz.lookup(phrase(t, j + 1, j + 1 + span));
        return e != null && e.type() == ActorType.PLACE && e.kind().equals("country") ? span : 0;
    }

    /** A word that can be part of a name: capitalized (or an acronym / particle inside a name), not a stop word. */
    private boolean runToken(Token u) {
        if (!u.punctuation() && !u.possessive() && Names.prefixedSurname(u.text())) return true; // "Youssef al-Khatib"
        if (u.isBrandCased()) return true;
        if (!u.isCapitalized() || u.punctuation() || u.possessive()) return false;
        if (u.text().length() == 2 && u.text().charAt(1) == '.') return true; // a middle initial: "Richard A. Posner"
        return !gaz.isStopWord(u.text()) || gaz.lookup(u.text()) != null;
    }

    /**
     * Length of a gazetteer name of two or more tokens starting at k that a plain run would break
     * ("Securities and Exchange Commission", "White House" where "White" is a stop word), or 0.
     */
    private int knownSpan(List<Token> t, int k) {
        int max = Math.min(Gazetteer.MAX_PHRASE_TOKENS, t.size() - k);
        for (int len = max; len >= 2; len--) {
            if (!t.get(k + len - 1).isCapitalized()) continue;
            if (gaz.lookup(phrase(t, k, k + len)) != null) return len;
        }
        return 0;
    }

    /** A station's number after a broadcaster's word: "BBC Radio 4", "Fox 35", "Channel 4 News", "BBC Radio 5 Live". */
    private static boolean stationNumber(List<Token> t, int j) {
        return j > 0 && t.get(j).text().matches("\\d{1,3}") && STATIONS.contains(t.get(j - 1).text().toLowerCase(Locale.ROOT));
    }

    /** A word that goes on a name's run, an organization's head among them ("… Media and Sport"). */
    private boolean nameWord(Token u) {
        return runToken(u) || u.isCapitalized() && ORG_HEADS.contains(u.text().toLowerCase(Locale.ROOT));
    }

    /**
     * A comma in the list of a ministry's briefs: "the Department for Science, Innovation and Technology", "the
     * Department for Culture, Media and Sport". Only after an organization's head and "for" or "of", and only when
     * the list closes with "and" and a name.
     */
    private boolean commaInOrgName(List<Token> t, int runStart, int j) {
        if (!t.get(j).is(",") || j + 1 >= t.size() || !runToken(t.get(j + 1))) return false;
        boolean briefs = false;
        for (int k = runStart; k < j - 1; k++) {
            if (headGoesOn(t, k)) briefs = true;
        }
        if (!briefs) return false;
        for (int k = j + 1; k < t.size() && k <= j + 8; k++) {
            Token u = t.get(k);
            if (u.is("and") || u.text().equals("&")) return k + 1 < t.size() && nameWord(t.get(k + 1));
            if (!runToken(u) && !u.is(",")) return false;
        }
        return false;
    }

    /**
     * `Rep. Thomas "Tad" Brennan Jr.`, `Robert “Bobby” Scott`: one capitalised word in quotation marks between a
     * given name and the next name word is the person's nickname; the three are one name, not a "Thomas" and a
     * "Brennan".
     */
    private boolean nickname(List<Token> t, int runStart, int j) {
        if (j <= runStart || j + 3 >= t.size() || !gaz.isFirstName(t.get(j - 1).text())) return false;
        String open = t.get(j).text(), close = t.get(j + 2).text();
        return (open.equals("\"") && close.equals("\"") || open.equals("\u201C") && close.equals("\u201D"))
                && runToken(t.get(j + 1)) && t.get(j + 1).isCapitalized() && runToken(t.get(j + 3));
    }

    /**
     * "Procter & Gamble", "Marks & Spencer": news joins two people's names with "and", never with an ampersand, so a
     * single capitalized word on each side of "&" is one firm's name.
     */
    private boolean ampersandName(List<Token> t, int runStart, int j) {
        return j == runStart + 1 && t.get(j).text().equals("&") && j + 1 < t.size() && runToken(t.get(j + 1))
                && (j + 2 >= t.size() || !runToken(t.get(j + 2)));
    }

    /**
     * "and" inside an organization's name: "the Caucus of Rank and File Educators", "the federal Securities and
     * Exchange Commission". Only after "the" (with up to two lowercase modifiers), and only when the capitalized
     * words after "and" end in an organization head, so "Clinton and Fox News" stays two names.
     */
    private boolean andInOrgName(List<Token> t, int runStart, int j) {
        if (!(t.get(j).is("and") || t.get(j).text().equals("&")) || j + 1 >= t.size() || !nameWord(t.get(j + 1))) return false;
        int b = runStart - 1;
        int modifiers = 0;
        while (b >= 0 && modifiers < 2 && Character.isLowerCase(t.get(b).text().charAt(0)) && !t.get(b).is("the")) {
            b--;
            modifiers++;
        }
        // "the city's Department of Planning and Development": a possessive determines the name as "the" does
        // (a sentence's capital "The" opens the run itself: "The England and Wales Cricket Board said")
        boolean opensWithThe = t.get(runStart).is("the") && runStart + 1 < j;
        // "a Senate Homeland Security and Governmental Affairs Committee hearing": the name modifies the noun after it,
        // which "a" determines
        boolean modifying = runStart > 0 && (t.get(runStart - 1).is("a") || t.get(runStart - 1).is("an"));
        if (!opensWithThe && !modifying && (b < 0 || !t.get(b).is("the") && !(b == runStart - 1 && t.get(b).possessive()))) return false;
        // "the England and Wales Cricket Board", "the Trinidad and Tobago Football Association": two places joined
        // by "and" before an organization's head are the territory of one body
        Gazetteer.Entry before = gaz.lookup(phrase(t, runStart, j)), after = gaz.lookup(t.get(j + 1).text());
        boolean twoPlaces = before != null && before.type() == ActorType.PLACE && after != null && after.type() == ActorType.PLACE;
        if (before != null && !twoPlaces) return false; // "the Department of Homeland Security and …"
        // "the Department for Business and Trade", "the Department for Culture, Media and Sport" (UK ministries), not
        // a known name after "and" ("… and U.S. Citizenship and Immigration Services")
        for (int k = runStart; k < j - 1; k++) {
            if (headGoesOn(t, k)) {
                return gaz.lookup(t.get(j + 1).text()) == null;
            }
        }
        if (ORG_HEADS.contains(t.get(j - 1).text().toLowerCase(Locale.ROOT))) return false;
        for (int k = runStart; k < j; k++) {
            // a known place or a given name before "and" is a name of its own ("Clinton and Fox News"); a known
            // body is part of this one ("the House Transportation and Infrastructure Committee")
            Gazetteer.Entry known = gaz.lookup(t.get(k).text());
            boolean place = known != null && known.type() == ActorType.PLACE;
            if (known != null && known.type() != ActorType.ORGANIZATION && !(place && twoPlaces) || gaz.isFirstName(t.get(k).text())) return false;
        }
        int k = j + 1;
        while (k < t.size() && (runToken(t.get(k)) || (t.get(k).is("of") || t.get(k).is("the")) && k + 1 < t.size() && runToken(t.get(k + 1)))) {
            if (ORG_HEADS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
                return !modifying || k + 1 < t.size() && t.get(k + 1).isWord() && Character.isLowerCase(t.get(k + 1).text().charAt(0));
            }
            k++;
        }
        return false;
    }

    /**
     * "Baek Seung-woo", "Kim Jong-un", "Song Hye-rin": a Korean given name is written with a hyphen and a lower-case
     * second syllable after the family name, which the compound rule would otherwise read as "Hamas-led".
     */
    private static boolean koreanGivenName(List<Token> t, int j) {
        return j > 0 && koreanGivenName(t.get(j).text()) && isEastAsianSurname(t.get(j - 1).text());
    }

    static boolean koreanGivenName(String word) {
        return KOREAN_GIVEN.matcher(word).matches();
    }

    static boolean isEastAsianSurname(String word) {
        return EAST_ASIAN_SURNAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Pattern KOREAN_GIVEN = Pattern.compile("[A-Z][a-z]{1,5}-[a-z]{1,5}");
    private static final Set<String> EAST_ASIAN_SURNAMES = Lexicon.words("east-asian-surnames");

    /**
     * Does the run t[from, to) name a law, an event, a prize or a period ("Fair Sentencing Act", "World Cup")? Not when
     * a given name opens it and its head can be a surname ("Doris Day"); a plural head cannot ("Olivier Awards").
     */
    private boolean namesNoOne(List<Token> t, int from, int to) {
        String head = t.get(to - 1).lower();
        // "Doris Day" is a given name and a surname; "Martin Luther King Jr. Day" is longer, and a holiday
        return NON_ACTOR_HEADS.contains(head) && (to - from > 2 || !gaz.isFirstName(t.get(from).text()) || head.endsWith("s"));
    }

    /**
     * An organization's head that goes on with its purpose or subject at k: "Ministry of", "Institute for", "Council
     * on" (the last only for the heads that take a subject, and not before a day: "the Council on Tuesday").
     */
    private static boolean headGoesOn(List<Token> t, int k) {
        if (k + 1 >= t.size()) return false;
        String head = t.get(k).lower();
        if (t.get(k + 1).is("of") || t.get(k + 1).is("for")) return ORG_HEADS.contains(head);
        return t.get(k + 1).is("on") && TOPIC_HEADS.contains(head) && t.get(k).isCapitalized();
    }

    /**
     * "of" inside "Ministry of Defense", "on" inside "Commission on Presidential Debates", particles inside "Osama bin
     * Laden".
     */
    private boolean isConnector(List<Token> t, int j) {
        String w = t.get(j).text();
        if (j == 0) return false;
        String prev = t.get(j - 1).text().toLowerCase(Locale.ROOT);
        // "City of Albuquerque": the place's local government
        if (w.equals("of") && t.get(j - 1).isCapitalized() && MUNICIPALITY_HEADS.contains(prev) && placeAt(t, j + 1)) return true;
        if (w.equals("of") || w.equals("for")) return ORG_HEADS.contains(prev);
        if (w.equals("on")) return t.get(j - 1).isCapitalized() && TOPIC_HEADS.contains(prev);
        return PARTICLES.contains(w) && t.get(j - 1).isCapitalized();
    }

    /** Does a place the gazetteer knows start at k ("Albuquerque", "Los Angeles")? */
    private boolean placeAt(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).isCapitalized()) return false;
        Gazetteer.Entry e = gaz.lookup(phrase(t, k, k + Math.max(1, knownSpan(t, k))));
        return e != null && e.type() == ActorType.PLACE;
    }

    private static boolean isCompound(Token tok) {
        String w = tok.text();
        int dash = w.indexOf('-');
        return dash > 0 && dash < w.length() - 1 && Character.isLetter(w.charAt(0));
    }

    /**
     * "Hamas-led", "Warren-style", "de Blasio-backed": a hyphenated word that uses a name as a modifier, which ends a
     * name's run ("an Elizabeth Warren-style campaign" names no "Elizabeth Warren-style").
     */
    private boolean modifierCompound(Token tok) {
        return isCompound(tok) && !isNameCompound(tok) && gaz.lookup(tok.text()) == null;
    }

    /**
     * "Ana Lucía Mendoza-Reyes", "Fiona Marsh-Kendall": after a given name, capitalised words joined by a hyphen are a
     * double-barrelled surname, even where one part is also a place ("Mendoza") or a company.
     */
    private boolean doubleBarrelledSurname(List<Token> t, int i) {
        if (i == 0 || !givenNameOrInitial(t.get(i - 1)) && !nameWordBefore(t, i - 1)) return false; // not "Washington Post-ABC News"
        for (String p : t.get(i).text().split("-")) if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) return false;
        return true;
    }

    /** "Ana Lucía": a capitalised word that follows a given name continues the name. */
    private boolean nameWordBefore(List<Token> t, int k) {
        return k > 0 && givenNameOrInitial(t.get(k - 1)) && t.get(k).isCapitalized() && gaz.lookup(t.get(k).text()) == null
                && !gaz.isStopWord(t.get(k).text());
    }

    /** "Al-Nono", "Abu-Jaber", "Smith-Jones", "Jan-Willem": a name written with a hyphen, not "Hamas-led" or "Israel-Hamas". */
    private boolean isNameCompound(Token tok) {
        String[] parts = tok.text().split("-");
        if (parts.length < 2) return false;
        if (PARTICLES.contains(parts[0].toLowerCase(Locale.ROOT))) return true;
        if (!tok.isCapitalized()) return false;
        if (gaz.isFirstName(tok.text())) return true; // "Jan-Willem", though "Jan" is also a month's abbreviation
        for (String p : parts) {
            if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) return false;
            if (gaz.lookup(p) != null || gaz.isDemonym(p) || gaz.isStopWord(p)) return false;
        }
        return true;
    }

    /** Prefixes that make a place's name an adjective ("Trans-Pacific", "Pan-African"). */
    private static final Set<String> ADJECTIVE_PREFIXES = Lexicon.words("adjective-prefixes");

    /** "Israel-Hamas war", "Hamas-led", "Qatar-based": known parts are mentions; unknown capitalized parts only count for existing actors. */
    private void compoundParts(Sentence s, int i, List<Mention> out) {
        Token tok = s.tokens().get(i);
        int pos = tok.start();
        String before = "";
        for (String p : tok.text().split("-")) {
            // "Trans-Pacific", "Pan-Arab", "sub-Saharan": after such a prefix the name makes an adjective, no mention
            boolean prefixed = ADJECTIVE_PREFIXES.contains(before.toLowerCase(Locale.ROOT));
            before = p;
            if (!prefixed && !p.isEmpty() && Character.isUpperCase(p.charAt(0)) && !gaz.isDemonym(p) && !gaz.isStopWord(p)) {
                Gazetteer.Entry e = gaz.lookup(p);
                out.add(new Mention(p, pos, pos + p.length(), s.index(), i, i, e, e == null ? null : e.type(), e == null, false));
            }
            pos += p.length() + 1;
        }
    }

    private void splitRun(Sentence s, int from, int to, boolean headlineCase, List<Mention> out) {
        List<Token> t = s.tokens();
        int k = from;
        // a sentence opener is a name only if the tagger or the gazetteer says so ("Without", "Leaders" are not)
        // "Acme Corp cut 500 jobs", "Brava Ltd said": an opener whose run ends in a company's suffix is the company's name
        boolean company = to - from >= 2 && t.get(to - 1).isCapitalized() && !Furniture.upperCase(t.get(to - 1))
                && COMPANY_SUFFIXES.contains(t.get(to - 1).text().toLowerCase(Locale.ROOT).replace(".", ""))
                || to - from == 3 && t.get(from + 1).text().equals("&")
                // "United Airlines said", "Reform UK said": two words that end in a body's head word or the
                // kingdom's initials are one name, the opener too
                || to - from == 2 && nationsSportBody(t, from, to)
                || to - from == 2 && !gaz.isStopWord(t.get(from).text()) && !CLOSED_CLASSES.contains(t.get(from).tag())
                    && (countryInitials(t.get(to - 1)) || ORG_HEADS.contains(t.get(to - 1).lower()) && !lowercaseWords.contains(t.get(from).lower()));
        while (k < to && !company && sentenceInitial(t, k) && longestKnown(t, k, to) == 0 && !nameOpener(t, k, to)
                && !(k + 1 < to && midSentencePairs.contains(t.get(k).text() + " " + t.get(k + 1).text()))
                && !appositiveFollows(t, k, to) && !whoFollows(t, to) && !surnames.contains(t.get(k).text()) && !opensLongName(t, k, to)
                && (!"PROPN".equals(t.get(k).tag()) || lowercaseWords.contains(t.get(k).text().toLowerCase(Locale.ROOT))
                    || (k + 1 < to && t.get(k).text().endsWith("ing") && !gaz.isFirstName(t.get(k).text())))) k++;
        // "the Investment Company Act of 1940", "the Bank Secrecy Act": a law, a day or an event named after a body is
        // nobody, and no body's mention either (flushName says the same of a plain run)
        if (to - k > 1 && namesNoOne(t, k, to)
                && longestKnown(t, k, to) < to - k) return;
        int orgHead = -1;
        for (int h = k; h < to; h++) {
            boolean head = ORG_HEADS.contains(t.get(h).text().toLowerCase(Locale.ROOT));
            if (head && (h > k || (h + 1 < to && (t.get(h + 1).is("of") || headGoesOn(t, h) && t.get(h + 1).is("on"))))) orgHead = h;
        }
        int nameStart = -1;
        boolean titled = false;
        while (k < to) {
            Token tok = t.get(k);
            int known = longestKnown(t, k, to);
            if (orgHead >= k && known <= orgHead - k && !headlineCase && startsOrgName(t, k)) {
                // "Egyptian Foreign Ministry", "National Security Council": the whole run up to its head is one organization
                int end = orgHead;
                while (end + 2 < to && (t.get(end + 1).is("of") || t.get(end + 1).is("for") || t.get(end + 1).is("and")
                        || t.get(end + 1).is("on") && TOPIC_HEADS.contains(t.get(end).lower()))
                        && !(t.get(end + 1).is("for") && forAnother(t, end + 2, to))) {
                    end += 2;
                    // "of the" goes on with the name, whatever word follows: "Office of the Director of National Intelligence"
                    if (t.get(end).is("the") && end + 1 < to) end++;
                    // "Department of Homeland Security", "Council of Economic Advisers": the rest of the name, but not a
                    // title and name after it ("Committee of Foreign Affairs Chairman Ed Royce")
                    while (end + 1 < to && !t.get(end + 1).is("of") && !t.get(end + 1).is("for") && !t.get(end + 1).is("and")
                            && !t.get(end + 1).is("on")
                            && !gaz.isHonorific(t.get(end + 1).text())
                            && !(gaz.isRoleHead(t.get(end + 1).text()) && end + 2 < to)) end++;
                }
                // "BBC Radio 5 Live", "Channel 4 News": a station's number and what follows it are the station's name
                if (end + 1 < to && stationNumber(t, end + 1)) end = to - 1;
                // "Pine Ridge R-IV School District", "Metropolitan Water District": a district after the body's head,
                // ending the run, is the body's area and the rest of its name
                else if (end + 2 == to && t.get(end + 1).is("District")) end = to - 1;
                // "BBC Radio Wales", "Arts Council England", "University College London": a place right after the body's
                // head, ending the run, is the area it serves and the rest of its name
                else if (end + 2 == to && ORG_HEADS.contains(t.get(end).lower()) && gaz.lookup(t.get(end + 1).text()) != null
                        && gaz.lookup(t.get(end + 1).text()).type() == ActorType.PLACE) end = to - 1;
                flushName(s, nameStart, k, titled, headlineCase, out);
                nameStart = -1;
                add(s, k, end, null, ActorType.ORGANIZATION, false, out);
                k = end + 1;
                orgHead = -1;
                continue;
            }
            if (known > 0) {
                Gazetteer.Entry e = gaz.lookup(phrase(t, k, k + known));
                int nation = nationalArm(t, k, known, to, e);
                if (nation > 0) {
                    // "BBC Wales", "Yahoo Japan": a broadcaster's service or a company's arm for a nation or region is one
                    // organization
                    flushName(s, nameStart, k, titled, headlineCase, out);
                    nameStart = -1;
                    titled = false;
                    add(s, k, k + known + nation - 1, null, ActorType.ORGANIZATION, false, out);
                    k += known + nation;
                    continue;
                }
                boolean gluedToName = known == 1 && e.type() == ActorType.PLACE && !e.kind().equals("country")
                        && (nameStart >= 0 || (k + 1 < to && unknownName(t.get(k + 1)) && !"'s".equals(t.get(k + 1).text())))
                        || known == 1 && nameStart >= 0 && givenNameOrInitial(t.get(k - 1))
                        // "Emirates Stadium", "Mexico City", "San Diego County", "San Luis Rey River": a place's name before
                        // a place's head word, at most one more word between, is another place, named after it
                        || e.type() == ActorType.PLACE && k + known < to && to - 1 - (k + known) <= 1
                            && PLACE_HEADS.contains(t.get(to - 1).text().toLowerCase(Locale.ROOT))
                        // "East Palestine, Ohio", "New Lebanon": a point of the compass before a country's name, where
                        // the two make no known place, is a town named after it
                        || e.kind().equals("country") && nameStart >= 0 && nameStart == k - 1 && k + known == to
                            && COMPASS.contains(t.get(k - 1).lower());
                if (nameStart >= 0 && k + known == to && countryInitials(t.get(k)) && !titled && !gaz.isFirstName(t.get(nameStart).text())) {
                    // "Age UK", "Cancer Research UK", "Team GB": a name no list knows, then the country's initials, is a body
                    add(s, nameStart, to - 1, null, ActorType.ORGANIZATION, false, out);
                    nameStart = -1;
                    k = to;
                    continue;
                }
                int body = nationalSportBody(t, k, known, to, e, nameStart);
                if (body >= 0) {
                    // "Sri Lanka Cricket", "Cricket Australia": a country's governing body of a sport ends the run
                    if (body == k) flushName(s, nameStart, k, titled, headlineCase, out);
                    nameStart = -1;
                    titled = false;
                    add(s, body, to - 1, null, ActorType.ORGANIZATION, false, out);
                    k = to;
                    continue;
                }
                if (!gluedToName) {
                    flushName(s, nameStart, k, titled, headlineCase, out);
                    nameStart = -1;
                    titled = false;
                    add(s, k, k + known - 1, e, e.type(), false, out);
                    k += known;
                    continue;
                }
            } else if (gaz.isHonorific(tok.text())) {
                flushName(s, nameStart, k, titled, headlineCase, out);
                nameStart = -1;
                titled = true;
                k++;
                continue;
            } else if (nameStart < 0 && k == to - 2 && nationsSportBody(t, k, to)) {
                add(s, k, to - 1, null, ActorType.ORGANIZATION, false, out);
                k = to;
                continue;
            } else if (nameStart < 0 && (gaz.isRoleHead(tok.text()) || gaz.isRoleModifier(tok.text())
                    || gaz.demonymCountry(tok.text()) != null && !gaz.namedLikePlace(words(t, k, to))) // not "Scottish Highlands"
                    && !(k + 1 == to && titledSurnames.contains(tok.text()))) {
                if (!gaz.isDemonym(tok.text()) && gaz.demonymCountry(tok.text()) != null) demonymNoun(s, k, to, out);
                titled = gaz.isRoleHead(tok.text()) || (titled && !gaz.isDemonym(tok.text()));
                k++;
                continue;
            } else if (nameStart >= 0 && gaz.isRoleHead(tok.text()) && !roleWordSurname(t, nameStart, k, to)) {
                flushName(s, nameStart, k, titled, headlineCase, out);
                nameStart = -1;
                titled = true;
                k++;
                continue;
            }
            if (nameStart < 0) nameStart = k;
            k++;
        }
        flushName(s, nameStart, to, titled, headlineCase, out);
    }

    /**
     * "BBC Wales", "BBC Scotland", "Yahoo Japan": a known broadcaster or company, then a nation or region the gazetteer
     * knows that ends the run, is its arm there; the length of the place's name, or 0.
     */
    private int nationalArm(List<Token> t, int k, int known, int to, Gazetteer.Entry e) {
        if (e.type() != ActorType.ORGANIZATION || !e.kind().contains("media") && !e.kind().contains("news") && !e.kind().equals("company")
                || k + known >= to) return 0;
        int rest = to - (k + known);
        Gazetteer.Entry place = gaz.lookup(phrase(t, k + known, to));
        return place != null && place.type() == ActorType.PLACE && (place.kind().equals("region") || place.kind().equals("country")) ? rest : 0;
    }

    /**
     * The initials of the kingdom, which British bodies add to their names ("Age UK", "Team GB"; not "USA": "Right to
     * Rise USA" would lose its first words).
     */
    private static boolean countryInitials(Token tok) {
        return tok.text().equals("UK") || tok.text().equals("GB");
    }

    /** Parts of speech no name opens with ("Under UK law", "Since United …"). */
    private static final Set<String> CLOSED_CLASSES = Set.of("ADP", "DET", "PRON", "ADV", "SCONJ", "CCONJ", "AUX", "NUM", "PART");

    /** The sports whose national governing bodies are named by the country and the sport alone. */
    private static final Set<String> SPORTS = Lexicon.words("sport-names");
    /** The kinds of place whose sport has a governing body named after it. */
    private static final Set<String> SPORT_TERRITORIES = Set.of("country", "region", "state");

    /**
     * "British Cycling", "Scottish Rugby": a nation's adjective (at {@code k}) and a sport ending the run name that
     * nation's governing body of the sport.
     */
    private boolean nationsSportBody(List<Token> t, int k, int to) {
        return gaz.demonymCountry(t.get(k).text()) != null && SPORTS.contains(t.get(to - 1).lower());
    }

    /**
     * "Sri Lanka Cricket", "Cricket Australia", "USA Swimming": a country's name (at {@code k}) and a sport's, the
     * two ending the run, name the country's governing body of that sport. Its first token ({@code k}, or the sport
     * before it that opened the run's name), or -1.
     */
    private int nationalSportBody(List<Token> t, int k, int known, int to, Gazetteer.Entry e, int nameStart) {
        // a nation or a state: "Sport England", "Cricket Victoria", "Rugby Texas" are bodies as "Cricket Australia" is
        if (e.type() != ActorType.PLACE || !SPORT_TERRITORIES.contains(e.kind())) return -1;
        if (k + known == to - 1 && SPORTS.contains(t.get(to - 1).lower())) return k;
        if (k > 0 && k + known == to && nameStart == k - 1 && SPORTS.contains(t.get(k - 1).lower())) return k - 1;
        return -1;
    }

    /**
     * "Harbour Lights Pictures for the BBC": after "for", an organization the gazetteer knows is the one this one works
     * for, not the rest of its own name ("Institute for Fiscal Studies", "Commission for Africa").
     */
    private boolean forAnother(List<Token> t, int k, int to) {
        if (t.get(k).is("the") && k + 1 < to) k++;
        int known = longestKnown(t, k, to);
        return known > 0 && gaz.lookup(phrase(t, k, k + known)).type() == ActorType.ORGANIZATION;
    }

    /**
     * A surname that is also a common word or a place, right after a given name or a middle initial: "Mary Jo White",
     * "Theresa May", "Lisa O. Monaco", "Michael Jordan". A person's name does not stop at its given name, so the
     * capitalised word that follows is the surname — unless it opens an organisation or place of its own ("White
     * House", "Virginia Beach"), which a further capitalised word or an organisation head shows.
     */
    private boolean surnameAfterGivenName(List<Token> t, int j) {
        Token u = t.get(j);
        if (j == 0 || !u.isCapitalized() || u.punctuation() || u.possessive() || !givenNameOrInitial(t.get(j - 1))
                || modifierCompound(u)) return false;
        if (gaz.isHonorific(u.text()) || gaz.isRoleHead(u.text())) return false;
        if (j + 1 < t.size()) {
            Token next = t.get(j + 1);
            if (next.isCapitalized() && !next.possessive() || ORG_HEADS.contains(next.text().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * "a spokeswoman, Anna Richardson White, said … Ms. White added": a word the article sets after "Ms." is a
     * surname, so it ends the name run before it (and follows the title) even when it is also a common word that
     * would stop a run.
     */
    private boolean titledSurnameEndsName(List<Token> t, int runStart, int j) {
        Token u = t.get(j);
        if (j - runStart < 1 || !titledSurnames.contains(u.text()) || u.possessive()
                || !unknownName(t.get(j - 1)) && !gaz.isHonorific(t.get(j - 1).text())) return false;
        return j + 1 >= t.size() || !t.get(j + 1).isCapitalized();
    }

    /**
     * "Peter King", "Angus King", "Martin Luther King Jr.": a role word right after a given name, ending the run (or
     * before "Jr."), is the surname; before another name it is a title ("… Chairman Ed Royce").
     */
    private boolean roleWordSurname(List<Token> t, int nameStart, int k, int to) {
        boolean last = k + 1 == to || k + 2 == to && NAME_SUFFIXES.contains(t.get(k + 1).text().toLowerCase(Locale.ROOT)); // "Martin Luther King Jr."
        return last && givenNameOrInitial(t.get(k - 1));
    }

    private static final Set<String> NAME_SUFFIXES = Lexicon.dotted(Lexicon.NAME_SUFFIXES);

    /** A given name on the first-name lists that is no place or organisation itself ("Lisa", "Mary Jo"), or "O.". */
    private boolean givenNameOrInitial(Token g) {
        String w = g.text();
        if (w.length() == 2 && w.charAt(1) == '.' && Character.isUpperCase(w.charAt(0))) return true;
        return g.isCapitalized() && gaz.isFirstName(w) && gaz.lookup(w) == null;
    }

    /**
     * "Rosneft, the state oil company, said …": a capitalised noun opening the sentence that an appositive describes is
     * a name, whatever the tagger made of an unknown word.
     */
    private static boolean appositiveFollows(List<Token> t, int k, int to) {
        return k + 1 == to && k + 2 < t.size() && t.get(k + 1).is(",")
                && (t.get(k + 2).is("the") || t.get(k + 2).is("a") || t.get(k + 2).is("an"))
                && ("NOUN".equals(t.get(k).tag()) || "PROPN".equals(t.get(k).tag()));
    }

    /**
     * "Green Valley Watch released …", "Judicial Watch Inc. said …": a capitalised opener followed by two more
     * capitalised words is the first word of one name, unless the article writes it in lower case elsewhere or it is
     * a word that opens sentences ("Among", "Several", "Speaking"), or a given name follows ("Follow Pam Key on …").
     */
    private boolean opensLongName(List<Token> t, int k, int to) {
        Token w = t.get(k);
        String tag = w.tag();
        return to - k >= 3 && !gaz.isFirstName(t.get(k + 1).text()) && ("ADJ".equals(tag) || "NOUN".equals(tag) || "PROPN".equals(tag)) && !w.text().endsWith("ing")
                && !lowercaseWords.contains(w.text().toLowerCase(Locale.ROOT)) && !gaz.isStopWord(w.text())
                && !gaz.isRoleModifier(w.text()) && !gaz.isDemonym(w.text()) && gaz.demonymCountry(w.text()) == null;
    }

    /** "Donald Trump said …", "Judge Richard A. Posner …": a first name or title followed by more of the name. */
    private boolean nameOpener(List<Token> t, int k, int to) {
        String w = t.get(k).text();
        return k + 1 < to && (gaz.isFirstName(w) || gaz.isRoleHead(w) || gaz.isHonorific(w)) && !lowercaseWords.contains(w.toLowerCase(Locale.ROOT));
    }

    private boolean startsOrgName(List<Token> t, int k) {
        Token first = t.get(k);
        return !gaz.isHonorific(first.text());
    }

    /** A plural demonym used as a noun ("the Palestinians") counts for its country, but never creates it. */
    private void demonymNoun(Sentence s, int k, int to, List<Mention> out) {
        Token tok = s.tokens().get(k);
        String country = gaz.demonymCountry(tok.text());
        if (country == null || gaz.isDemonym(tok.text()) || k + 1 < to) return; // singular or followed by a name: an adjective
        Gazetteer.Entry e = gaz.lookup(country);
        if (e != null) out.add(new Mention(tok.text(), tok.start(), tok.end(), s.index(), k, k, e, e.type(), true, false));
    }

    private boolean unknownName(Token u) {
        return runToken(u) && gaz.lookup(u.text()) == null && !gaz.isRoleHead(u.text()) && !gaz.isRoleModifier(u.text())
                && !gaz.isDemonym(u.text()) && !gaz.isHonorific(u.text());
    }

    private void flushName(Sentence s, int from, int to, boolean titled, boolean headlineCase, List<Mention> out) {
        if (from < 0 || from >= to || headlineCase) return;
        List<Token> t = s.tokens();
        while (to > from && (PARTICLES.contains(t.get(to - 1).text().toLowerCase(Locale.ROOT)) || t.get(to - 1).is("of"))) to--;
        if (to <= from) return;
        String last = t.get(to - 1).text().toLowerCase(Locale.ROOT);
        int n = to - from;
        // "Fair Sentencing Act", "Labor Day", "Cold War": a law, a day or an event is nobody
        if (n > 1 && namesNoOne(t, from, to)) return;
        ActorType type;
        boolean hasOf = false;
        // "Bank of England"; "Institute for Fiscal Studies", "Center for American Progress": a body for a purpose
        for (int k = from; k < to; k++) {
            if (t.get(k).is("of") || k > from && headGoesOn(t, k - 1)) hasOf = true;
        }
        boolean station = false; // "Fox 35": a broadcaster's channel
        for (int k = from + 1; k < to; k++) station |= stationNumber(t, k);
        boolean ampersand = n == 3 && t.get(from + 1).text().equals("&"); // "Marks & Spencer"
        if (ORG_HEADS.contains(last) || hasOf || station || ampersand) type = ActorType.ORGANIZATION;
        else if (gaz.namedLikePlace(words(t, from, to))) type = ActorType.PLACE; // "Elland Road", not "Jerry Hall"
        else if (n == 1 && isAcronym(t.get(from).text())) type = ActorType.ORGANIZATION;
        else if (n > 1 || (titled && !lowercaseWords.contains(last))) type = ActorType.PERSON;
        else type = null;
        // a long capitalized run is a title or slogan, not a name (a nickname's quotation marks are no words of it)
        int marks = 0;
        for (int k = from; k < to; k++) if (!t.get(k).isWord()) marks++;
        if (n - marks > 5 && type == ActorType.PERSON) return;
        if (type == ActorType.PERSON && n > 1 && !titled) {
            if (productLike(t, from, to)) type = null;
            // "Guadalupe Morales, 71, stands …": an age or a "who" says a person, whatever city the name starts with
            else if (companyAfterCity(t, from, to) && !ageAfter(t, to) && !whoFollows(t, to)) type = ActorType.ORGANIZATION;
        }
        if (type == ActorType.PERSON && n > 1 && !titled) {
            String opener = t.get(from).lower();
            // "West Hollywood", "San Sebastián", "Los Alamos"; "Real Sociedad", "Borussia Dortmund"
            if (COMPASS.contains(opener) || PLACE_OPENERS.contains(opener)) type = ActorType.PLACE;
            else if (CLUB_OPENERS.contains(opener)) type = ActorType.ORGANIZATION;
        }
        if (type == null && !titled && regionAdjectiveBefore(t, from)) type = ActorType.PLACE; // "of eastern Northland"
        if (type == null || type == ActorType.PERSON) {
            // a lone word after a kin noun ("her son John", "his wife, Ivana") is someone named in full elsewhere
            boolean described = n > 1 && personNounBefore(t, from) || ageAfter(t, to) || n > 1 && whoFollows(t, to);
            if (described && type == null && !lowercaseWords.contains(last)) type = ActorType.PERSON;
            titled |= described;
        }
        add(s, from, to - 1, null, type, false, titled, out);
    }

    /**
     * "18th Street", "42nd Avenue", "the 5th District": an ordinal in figures before a place's head word opens the
     * place's name (a run of capitalised words would leave the number out and keep "Street" alone); its length in
     * tokens, or 0.
     */
    private int numberedPlace(List<Token> t, int i) {
        String number = t.get(i).text();
        if (!Character.isDigit(number.charAt(0))) return 0; // most tokens: no pattern to match
        // the tokenizer writes "18th" as "18" and "th"
        boolean split = i + 2 < t.size() && FIGURES.matcher(number).matches() && t.get(i).end() == t.get(i + 1).start()
                && ORDINAL_ENDINGS.contains(t.get(i + 1).text());
        int k = split ? i + 2 : i + 1;
        boolean ordinal = split || ORDINAL.matcher(number).matches();
        return ordinal && k < t.size() && t.get(k).isCapitalized() && gaz.namedLikePlace(new String[] {number, t.get(k).text()}) ? k - i : 0;
    }

    private static final Pattern FIGURES = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern ORDINAL = Pattern.compile("[1-9][0-9]{0,2}(st|nd|rd|th)");
    private static final Set<String> ORDINAL_ENDINGS = Set.of("st", "nd", "rd", "th");

    /** "eastern Northland", "rural Lewisburg": a lower-case region adjective right before the name. */
    static boolean regionAdjectiveBefore(List<Token> t, int from) {
        return from > 0 && !t.get(from - 1).isCapitalized() && REGION_ADJECTIVES.contains(t.get(from - 1).text());
    }

    /**
     * "PS4 Pro", "AMD Polaris GPU", "PlayStation VR", "Meta Quest Pro", "See Facebook's policy": a run with a digit, a
     * word in capitals of three letters or more, a brand's inner capital after three small letters ("PlayStation",
     * not "McDonald" or "DeSantis"), or a known organization's name not after a given name ("Harrison Ford" stays),
     * is a product, a model or a glued word, not a person's name.
     */
    private boolean productLike(List<Token> t, int from, int to) {
        if (t.get(from).text().startsWith("I\u2019") || t.get(from).text().startsWith("I'")) return true; // "I'm Batman"
        // a given name before another word is a person's name in the run, whatever stands before it: "Navy SEAL Chris Kyle"
        for (int k = from; k < to - 1; k++) if (gaz.isFirstName(t.get(k).text())) return false;
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (modelWord(w)) return true;
            boolean allCaps = w.length() >= 3;
            for (int i = 0; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i))) allCaps = false;
            if (allCaps && !w.matches("[IVX]+")) return true;
            Gazetteer.Entry e = gaz.lookup(w);
            if (e != null && e.type() == ActorType.ORGANIZATION && !(k > from && gaz.isFirstName(t.get(k - 1).text()))) return true;
        }
        return false;
    }

    /** A word with a digit ("PS4", "S7") or a brand's inner capital after three small letters ("PlayStation", not "McDonald"). */
    static boolean modelWord(String w) {
        int lowerRun = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c) || Character.isUpperCase(c) && i > 0 && lowerRun >= 3) return true;
            lowerRun = Character.isLowerCase(c) ? lowerRun + 1 : 0;
        }
        return false;
    }

    /**
     * "Cambridge Analytica", "Boston Dynamics": a city's name, not also a given name, before one more word names a company
     * (not a state's or a country's: "Michigan Survey", "Texas Monthly" are other things).
     */
    private boolean companyAfterCity(List<Token> t, int from, int to) {
        if (to - from != 2) return false;
        String first = t.get(from).text();
        Gazetteer.Entry e = gaz.lookup(first);
        return e != null && e.type() == ActorType.PLACE && (e.kind().equals("city") || e.kind().equals("capital"))
                && !gaz.isFirstName(first) && !gaz.namedLikePlace(words(t, from, to));
    }

    /** "his wife, Jane Roe", "the actresses Jane Roe and …", "her son John": a noun only people are, just before. */
    private static boolean personNounBefore(List<Token> t, int from) {
        int k = from - 1;
        if (k >= 1 && t.get(k).is(",")) k--;
        return k >= 1 && Character.isLowerCase(t.get(k).text().charAt(0)) && PERSON_NOUNS.contains(t.get(k).text())
                && (t.get(k - 1).possessive() || DETERMINERS.contains(t.get(k - 1).lower()) || "PRON".equals(t.get(k - 1).tag())
                    || "ADJ".equals(t.get(k - 1).tag()));
    }

    /** "Cillian Murphy, who plays the physicist, …": "who" is said of people, so the name before it is a person's. */
    private static boolean whoFollows(List<Token> t, int to) {
        return to + 1 < t.size() && t.get(to).is(",") && t.get(to + 1).is("who");
    }

    /** "Jane Roe, 24, was charged": news style gives a person's age in an appositive; nothing else takes one. */
    private static boolean ageAfter(List<Token> t, int to) {
        if (to + 2 >= t.size() || !t.get(to).is(",")) return false;
        String n = t.get(to + 1).text();
        return n.matches("[1-9][0-9]?") && (t.get(to + 2).is(",") || t.get(to + 2).is("."));
    }

    static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 6) return false;
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (c != '.' && c != '&' && !(Character.isDigit(c) && i > 0)) return false; // "MI6"
        }
        return upper >= 2;
    }

    private void add(Sentence s, int a, int b, Gazetteer.Entry e, ActorType type, boolean weak, List<Mention> out) {
        add(s, a, b, e, type, weak, false, out);
    }

    private void add(Sentence s, int a, int b, Gazetteer.Entry e, ActorType type, boolean weak, boolean titled, List<Mention> out) {
        List<Token> t = s.tokens();
        int start = t.get(a).start();
        int end = t.get(b).end();
        String surface = phrase(t, a, b + 1);
        out.add(new Mention(surface, start, end, s.index(), a, b, e, type, weak, titled));
    }

    /** Length in tokens of the longest gazetteer phrase starting at k and staying inside the run. */
    private int longestKnown(List<Token> t, int k, int to) {
        int max = Math.min(Gazetteer.MAX_PHRASE_TOKENS, to - k);
        for (int len = max; len >= 1; len--) {
            if (gaz.lookup(phrase(t, k, k + len)) != null) return len;
        }
        return 0;
    }

    /** The words of tokens a (inclusive) to b (exclusive). */
    private static String[] words(List<Token> t, int a, int b) {
        String[] w = new String[b - a];
        for (int i = a; i < b; i++) w[i - a] = t.get(i).text();
        return w;
    }

    private static String phrase(List<Token> t, int a, int b) {
        if (b - a == 1) return t.get(a).text();
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            // written as the text writes them, glued where it glues them: "King’s College", "D-Va."
            if (i > a && t.get(i).start() > t.get(i - 1).end()) sb.append(' ');
            sb.append(t.get(i).text());
        }
        return sb.toString();
    }

    private static boolean sentenceInitial(List<Token> t, int k) {
        for (int i = k - 1; i >= 0; i--) {
            if (!OPENERS.contains(t.get(i).text())) return false;
        }
        return true;
    }

    /** Headlines and subheads in title case make every word look like a name. */
    private boolean headlineCase(List<Token> t) {
        int words = 0;
        int caps = 0;
        for (Token u : t) {
            if (u.text().isEmpty() || !Character.isLetter(u.text().charAt(0))) continue;
            words++;
            if (u.isCapitalized()) caps++;
            // title case leaves only small words in lower case: "Tom Reyes runs Brava Ltd." is a sentence of names
            else if (!gaz.isStopWord(u.text())) return false;
        }
        return words >= 4 && caps * 10 >= words * 8;
    }
}
