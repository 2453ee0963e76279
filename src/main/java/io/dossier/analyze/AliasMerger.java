package io.dossier.analyze;

import io.dossier.analyze.text.FirstNames;
import io.dossier.analyze.text.Gazetteer;
import io.dossier.analyze.text.Names;

import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups mentions into one {@link Entity} per real-world entity: gazetteer names by their canonical
 * form, people by surname ("Taher Al-Nono" / "Al-Nono" / "Nono"), organizations by acronym
 * ("Palestinian Authority" / "PA"). Lone unknown words only join an existing entity, unless a title
 * marks them as a person ("Mr. Smith"); the others become entities of no type, listed last, which stay out of the
 * actor list unless they turn out to speak.
 */
final class AliasMerger {

    /**
     * @param titleOf the title written before a one-word name ("Mrs." in "Mrs. Obama"), or null: a woman's title
     *                never joins a man's given name, nor a man's a woman's ("Mrs. Clinton" is Hillary, not Bill)
     */
    List<Entity> merge(List<Mention> mentions, Function<Mention, String> titleOf) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        List<Mention> pending = new ArrayList<>();
        List<Mention> people = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.known() != null) {
                byKey.computeIfAbsent("k:" + m.known().name(), k -> new Entity(m.known().name(), m.known().type(), m.known())).add(m);
            } else if (m.type() == ActorType.PERSON && !m.weak()) {
                people.add(m);
            } else if ((m.type() == ActorType.ORGANIZATION || m.type() == ActorType.PLACE) && !m.weak()
                    && !(m.firstToken() == m.lastToken() && MentionFinder.isAcronym(m.surface()))) {
                String name = m.surface().startsWith("The ") ? m.surface().substring(4) : m.surface();
                // "Acme Corp." ending a sentence is the "Acme Corp" of the one before: the full stop is not the name's
                String key = name.toLowerCase(Locale.ROOT);
                if (key.endsWith(".")) key = key.substring(0, key.length() - 1);
                byKey.computeIfAbsent("n:" + key, k -> new Entity(name, m.type(), null)).add(m);
            } else {
                pending.add(m);
            }
        }
        Others others = new Others();
        for (Entity e : byKey.values()) others.add(e);
        // longest names first so "Mahmoud Abbas" exists before "Abbas" looks for it
        List<Mention> sorted = new ArrayList<>(people);
        sorted.sort(Comparator.comparingInt((Mention m) -> -words(m.surface()).length).thenComparingInt(Mention::start));
        // people by surname key, in order of creation: a mention only ever matches a person with its surname
        Map<String, List<Entity>> persons = new HashMap<>();
        // "Takahashi Kenji … Mr Takahashi said": a lone word after a title that opens a two-word name, and is no given
        // name, is that person's family name written first (Japanese, Chinese, Hungarian order): the first such person
        Map<String, Entity> familyFirst = new HashMap<>();
        // people by the first word of their name, for a name that begins a longer one ("Te Kaurinui" for "Te Kaurinui Parata")
        Map<String, List<Entity>> leading = new HashMap<>();
        int[] count = {0};
        for (Mention m : sorted) {
            String title = titleOf.apply(m);
            char want = genderOf(title);
            Entity e = findPerson(persons, m.surface(), want);
            if (e == null && words(m.surface()).length == 1) e = others.find(m.surface());
            if (e == null && words(m.surface()).length == 1) e = byGivenName(leading, m.surface());
            if (e == null && words(m.surface()).length > 1) e = byLeadingNames(leading, m.surface());
            if (e == null) e = familyName(familyFirst, m);
            if (e == null) {
                // "Mrs. Obama" beside Barack Obama: her own actor, named with her title
                boolean other = want != '?' && persons.containsKey(surname(m.surface()));
                e = new Entity(other ? title + " " + m.surface() : m.surface(), ActorType.PERSON, null);
                register(persons, familyFirst, leading, e, m.surface());
                byKey.put("p:" + ++count[0], e);
            }
            e.add(m);
            if (e.type != ActorType.PERSON) others.addSurface(e, m.surface());
            addTitledForm(e, m, title);
        }
        // a lone word that joins no one ("Mining giant Halcor"): no actor on that evidence, but someone who may speak
        Map<String, Entity> unconfirmed = new LinkedHashMap<>();
        Map<String, Integer> acronyms = new HashMap<>();
        for (Mention m : pending) if (loneAcronym(m)) acronyms.merge(m.surface(), 1, Integer::sum);
        for (Mention m : pending) {
            Entity e = findPerson(persons, m.surface(), genderOf(titleOf.apply(m)));
            if (e == null) e = others.find(m.surface());
            if (e == null && words(m.surface()).length > 1) e = byLeadingNames(leading, m.surface());
            if (e == null && words(m.surface()).length == 1 && m.type() == null) e = byFirstWord(leading, m.surface());
            if (e == null) e = familyName(familyFirst, m);
            if (e == null && loneAcronym(m) && (acronyms.get(m.surface()) >= 2 || KNOWN_ORGANIZATIONS.contains(m.surface().toLowerCase(Locale.ROOT)))) {
                // "AT&T", "KGB", "MI6" named twice and spelled out nowhere, or one the known list names ("TMZ has
                // learned"): an organisation of its own
                e = byKey.computeIfAbsent("n:" + m.surface().toLowerCase(Locale.ROOT), k -> {
                    Entity created = new Entity(m.surface(), ActorType.ORGANIZATION, null);
                    others.add(created);
                    return created;
                });
            }
            if (e == null && m.titled() && !m.weak()) {
                e = new Entity(m.surface(), ActorType.PERSON, null);
                register(persons, familyFirst, leading, e, m.surface());
                byKey.put("p:" + ++count[0], e);
            }
            if (e != null) {
                e.add(m);
                if (e.type == ActorType.PERSON) addTitledForm(e, m, titleOf.apply(m));
                else others.addSurface(e, m.surface());
            } else if (!m.weak()) unconfirmed.computeIfAbsent(m.surface(), k -> new Entity(m.surface(), null, null)).add(m);
        }
        List<Entity> out = new ArrayList<>(byKey.values());
        out.removeIf(e -> e.mentions.stream().allMatch(Mention::weak));
        spelledOutAcronyms(out);
        forcesByTheirNames(out);
        out.addAll(unconfirmed.values());
        peoplesInitials(out);
        return out;
    }

    /**
     * "The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said": an acronym the gazetteer knows,
     * written in brackets right after a name whose capitals end in its letters, is that name's short form, so the
     * known entry's mentions join the name spelled out (one actor, not two).
     */
    private static void spelledOutAcronyms(List<Entity> entities) {
        // (the name may be known too: "the International Cricket Council (ICC)" is not the Criminal Court's ICC)
        Map<Long, Entity> byEnd = mentionEnds(entities, ActorType.ORGANIZATION);
        if (byEnd.isEmpty()) return;
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity acronym = entities.get(i);
            if (acronym.known == null || acronym.type != ActorType.ORGANIZATION) continue;
            Entity full = null;
            for (Mention m : acronym.mentions) {
                // "The ICC has already …" is the acronym too
                String bare = m.surface().startsWith("The ") ? m.surface().substring(4) : m.surface();
                if (m.lastToken() - m.firstToken() != (bare == m.surface() ? 0 : 1) || !MentionFinder.isAcronym(bare)) {
                    full = null;
                    break;
                }
                Entity before = bracketedAfter(byEnd, m);
                if (before != null && before != acronym && abbreviates(bare.replace(".", ""), initials(before.name))) full = before;
            }
            if (full == null) continue;
            for (Mention m : acronym.mentions) full.add(m);
            entities.remove(i);
        }
    }

    /** The entities of one type by where each of their mentions ends (sentence and token). */
    private static Map<Long, Entity> mentionEnds(List<Entity> entities, ActorType type) {
        Map<Long, Entity> byEnd = new HashMap<>();
        for (Entity e : entities) {
            if (e.type != type) continue;
            for (Mention m : e.mentions) byEnd.put(((long) m.sentence() << 32) | m.lastToken(), e);
        }
        return byEnd;
    }

    /** The entity whose mention ends right before the bracket that opens {@code m} ("NAME (m)"), or null. */
    private static Entity bracketedAfter(Map<Long, Entity> byEnd, Mention m) {
        return m.firstToken() < 2 ? null : byEnd.get(((long) m.sentence() << 32) | (m.firstToken() - 2));
    }

    /**
     * "Richard M. Stallman (RMS)", "Crown Prince Mohammed bin Salman (MBS)": initials in brackets right after a
     * person's name, and written nowhere as anything else, are that person's short name, not an organization. When
     * the name opens with no given name ("the Groceries Code Adjudicator (GCA)"), it was a body's name all along.
     */
    private static void peoplesInitials(List<Entity> entities) {
        Map<Long, Entity> byEnd = mentionEnds(entities, ActorType.PERSON);
        if (byEnd.isEmpty()) return;
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity initials = entities.get(i);
            if (initials.type == ActorType.PERSON || initials.type == ActorType.PLACE || initials.known != null) continue;
            Entity person = null;
            for (Mention m : initials.mentions) {
                if (m.firstToken() != m.lastToken() || !MentionFinder.isAcronym(m.surface())) {
                    person = null;
                    break;
                }
                Entity before = bracketedAfter(byEnd, m);
                String letters = m.surface().replace(".", "");
                if (before != null && (letters.equals(initials(before.name)) || letters.equals(initialsWithSmallWords(before.name)))) {
                    person = before;
                }
            }
            if (person == null) continue;
            boolean named = Gazetteer.get().isFirstName(words(person.name)[0]) || person.role != null
                    || person.mentions.stream().anyMatch(Mention::titled);
            if (!named) person.type = ActorType.ORGANIZATION;
            for (Mention m : initials.mentions) person.add(m);
            entities.remove(i);
        }
    }

    /**
     * Do the acronym's letters abbreviate a name with these initials? Its last letter is the name's last initial and
     * its letters come in the name's order, some words left out: "OCHA" for "U.N. Office for the Coordination of
     * Humanitarian Affairs", "ECB" for "England and Wales Cricket Board".
     */
    static boolean abbreviates(String acronym, String initials) {
        if (acronym.isEmpty() || initials.isEmpty() || acronym.charAt(acronym.length() - 1) != initials.charAt(initials.length() - 1)) return false;
        int k = 0;
        for (int i = 0; i < initials.length() && k < acronym.length(); i++) if (initials.charAt(i) == acronym.charAt(k)) k++;
        return k == acronym.length();
    }

    /** The last words of an armed force's name ("Israel Defense Forces", "Lebanese Armed Forces", "British Army"). */
    private static final Set<String> FORCE_HEADS = io.dossier.analyze.text.Lexicon.words("armed-force-heads");

    /**
     * "The Israeli military said" in an article that names the Israel Defense Forces, "the Lebanese army" beside the
     * Lebanese Armed Forces: a nation's military named by the adjective is the force the article names in full, when
     * that name opens with the nation's name or adjective and ends in "Forces", "Army" or the like.
     */
    private static void forcesByTheirNames(List<Entity> entities) {
        Gazetteer gaz = Gazetteer.get();
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity byAdjective = entities.get(i);
            String[] w = byAdjective.name.split(" ");
            if (byAdjective.type != ActorType.ORGANIZATION || byAdjective.known != null || w.length != 2
                    || !io.dossier.analyze.text.Lexicon.NATIONAL_FORCES.contains(w[1])) continue;
            String country = gaz.demonymCountry(w[0]);
            String nation = country == null ? w[0] : country.split(" ")[0];
            for (Entity full : entities) {
                String[] f = full.name.split(" ");
                if (full == byAdjective || full.type != ActorType.ORGANIZATION || f.length < 2
                        || !(f[0].equals(w[0]) || f[0].equals(nation)) || !FORCE_HEADS.contains(f[f.length - 1].toLowerCase(Locale.ROOT))) continue;
                for (Mention m : byAdjective.mentions) full.add(m);
                entities.remove(i);
                break;
            }
        }
    }

    /** Words in capitals that name no organisation ("CEO", "GDP", "TV"). */
    private static final Set<String> COMMON_ACRONYMS = io.dossier.analyze.text.Lexicon.words("common-acronyms");

    /** "Mr Takahashi" after "Takahashi Kenji"; "Nguyen said" after "Nguyen Van Thanh": a family name written first. */
    private static Entity familyName(Map<String, Entity> familyFirst, Mention m) {
        boolean lone = words(m.surface()).length == 1;
        return lone && (m.titled() || MentionFinder.isEastAsianSurname(m.surface())) ? familyFirst.get(m.surface()) : null;
    }

    private static final Set<String> KNOWN_ORGANIZATIONS = io.dossier.analyze.text.Lexicon.knownOrganizations();

    private static boolean loneAcronym(Mention m) {
        return m.firstToken() == m.lastToken() && !m.weak() && MentionFinder.isAcronym(m.surface())
                && !COMMON_ACRONYMS.contains(m.surface().toLowerCase(Locale.ROOT));
    }

    /**
     * How many people of one surname a name is compared with, the first named: a family in the news is a handful;
     * a file naming thousands of Smiths is made to make every name meet every other.
     */
    private static final int MAX_NAMESAKES = 64;

    /** A person whose name ends with (or equals) this one, comparing surnames without "Al-" style particles. */
    private static Entity findPerson(Map<String, List<Entity>> persons, String surface, char want) {
        String[] w = withoutMiddleInitials(words(surface));
        Entity found = null;
        List<Entity> namesakes = persons.getOrDefault(surname(surface), List.of());
        for (Entity p : namesakes.subList(0, Math.min(namesakes.size(), MAX_NAMESAKES))) {
            String[] full = givenNamesBeforePatronymic(withoutMiddleInitials(words(p.name)), w);
            if (w.length > full.length || !fits(want, full)) continue;
            boolean match = true;
            for (int i = 1; i < w.length; i++) {
                if (!Names.surnameKey(w[w.length - 1 - i]).equals(Names.surnameKey(full[full.length - 1 - i]))) {
                    match = false;
                    break;
                }
            }
            // of two people with the surname, the one the article named first: "Hori Parata … his son, Te Kaurinui
            // Robert Parata … says Parata" is the father, whose story it is
            if ((match || w.length > 1 && middleNamesLeftOut(w, full)) && (found == null || p.firstOffset() < found.firstOffset())) found = p;
        }
        return found;
    }

    /** "bin", "binti": the word that joins a Malay given name to the father's ("Ahmad Faizal bin Othman"). */
    private static final Set<String> PATRONYMIC = Set.of("bin", "binti");

    /**
     * "Ahmad Faizal bin Othman … Mr Ahmad Faizal said": a Malay name is the person's given names, then "bin" or "binti"
     * and the father's; the person is called by the given names, so {@code w}, when it ends with the last of them, is
     * matched against those alone. Only for two given names or more: "Mohammed bin Salman" is not "Mr Mohammed".
     */
    private static String[] givenNamesBeforePatronymic(String[] full, String[] w) {
        for (int k = 2; k < full.length - 1; k++) {
            if (PATRONYMIC.contains(full[k]) && full[k - 1].equals(w[w.length - 1])) return java.util.Arrays.copyOf(full, k);
        }
        return full;
    }

    /**
     * "Te Kaurinui Parata" for "Te Kaurinui Robert Parata", "Lee Oswald" for "Lee Harvey Oswald": the same first
     * and last names, with the words between written in part or not at all.
     */
    private static boolean middleNamesLeftOut(String[] w, String[] full) {
        if (w.length >= full.length || !w[0].equals(full[0])) return false;
        int j = 1;
        for (int i = 1; i < w.length - 1; i++) {
            while (j < full.length - 1 && !full[j].equals(w[i])) j++;
            if (j == full.length - 1) return false;
            j++;
        }
        return true;
    }

    /**
     * "Sir Geoffrey Tandy … Sir Geoffrey told the Commons", "Dame Judi": a lone given name that is no one's surname is
     * the one person of the article with that given name — never a guess between two.
     */
    private static Entity byGivenName(Map<String, List<Entity>> leading, String surface) {
        return io.dossier.analyze.text.Gazetteer.get().isFirstName(surface) ? byFirstWord(leading, surface) : null;
    }

    /**
     * "Lupita Nyong'o … Lupita's room": a lone word that nothing else types, and that begins the full name of exactly
     * one person, is that person called by the given name, on the lists or not (entertainment and sport news do so).
     */
    private static Entity byFirstWord(Map<String, List<Entity>> leading, String surface) {
        Entity found = null;
        for (Entity p : leading.getOrDefault(surface, List.of())) {
            if (words(p.name).length < 2 || p == found) continue;
            if (found != null) return null;
            found = p;
        }
        return found;
    }

    /**
     * "Te Kaurinui Robert Parata … Te Kaurinui said": a name of two words or more that begins the longer name of
     * exactly one person is that person, called by their given names. Not a name that a suffix alone lengthens:
     * "Donald Trump" is not "Donald Trump Jr."; nor a name that begins with a given name of the lists, which is a
     * whole name already that a title-case headline may run on ("Glenn Beck" is not "Glenn Beck Blasts Drudge").
     */
    private static Entity byLeadingNames(Map<String, List<Entity>> leading, String surface) {
        String[] w = words(surface);
        if (io.dossier.analyze.text.Gazetteer.get().isFirstName(w[0])) return null;
        Entity found = null;
        for (Entity p : leading.getOrDefault(w[0], List.of())) {
            String[] full = words(p.name);
            if (full.length <= w.length || p == found || suffix(full[full.length - 1])) continue;
            if (!java.util.Arrays.equals(w, 0, w.length, full, 0, w.length)) continue;
            if (found != null) return null;
            found = p;
        }
        return found;
    }

    /** "Jr.", "Sr", "II", "III": a word after a name that tells two people of one name apart. */
    private static boolean suffix(String word) {
        return io.dossier.analyze.text.Lexicon.NAME_SUFFIXES.contains(word.replace(".", "").toLowerCase(Locale.ROOT))
                || word.matches("I{2,3}|IV");
    }

    /**
     * "Mr. Trump", "Ms. Monaco": a surname written with an honorific is a name the article calls the person by, and
     * readers (and hand-made lists) know them by it, so it is one of their names.
     */
    private static void addTitledForm(Entity e, Mention m, String title) {
        if (title != null && io.dossier.analyze.text.Gazetteer.get().isHonorific(title)) e.surfaces.add(title + " " + m.surface());
    }

    /** 'F', 'M' or '?' for a title written before a name, or for none (null). */
    private static char genderOf(String title) {
        return title == null ? '?' : FirstNames.titleGender(title.toLowerCase(Locale.ROOT));
    }

    /** Does a person of this full name fit the gender a title asks for? Unknown on either side fits. */
    private static boolean fits(char want, String[] full) {
        if (want == '?' || full.length < 2) return true;
        String first = full[0].toLowerCase(Locale.ROOT);
        char have = FirstNames.titleGender(first);
        if (have == '?') have = FirstNames.surelyGender(first);
        return have == '?' || have == want;
    }

    /** "Donald J. Trump" is "Donald Trump": a middle initial may be written or left out, with its dot or without. */
    private static String[] withoutMiddleInitials(String[] w) {
        if (w.length < 3) return w;
        List<String> kept = new ArrayList<>(w.length);
        for (int i = 0; i < w.length; i++) {
            boolean initial = (w[i].length() == 2 && w[i].charAt(1) == '.' || w[i].length() == 1) && Character.isUpperCase(w[i].charAt(0));
            if (!initial || i == 0 || i == w.length - 1) kept.add(w[i]);
        }
        return kept.toArray(String[]::new);
    }

    /**
     * Files a person under its surname; a Korean name, written family name first ("Song Hye-rin", "Baek Seung-woo"),
     * also under that first word, so that "Ms Song" is the same actor; and a two-word name whose first word is no
     * given name by that word, for a title to find ("Mr Takahashi").
     */
    private static void register(Map<String, List<Entity>> persons, Map<String, Entity> familyFirst,
                                 Map<String, List<Entity>> leading, Entity e, String surface) {
        persons.computeIfAbsent(surname(surface), k -> new ArrayList<>()).add(e);
        String[] w = words(surface);
        // "Ahmad Faizal bin Othman" is also found by his last given name (see givenNamesBeforePatronymic)
        for (int k = 2; k < w.length - 1; k++) {
            if (PATRONYMIC.contains(w[k])) persons.computeIfAbsent(Names.surnameKey(w[k - 1]), x -> new ArrayList<>()).add(e);
        }
        leading.computeIfAbsent(words(e.name)[0], k -> new ArrayList<>()).add(e);
        if (w.length == 2 && !Gazetteer.get().isFirstName(w[0]) || w.length > 2 && MentionFinder.isEastAsianSurname(w[0])) {
            familyFirst.putIfAbsent(w[0], e); // "Takahashi Kenji", "Nguyen Van Thanh"
        }
        if (w.length == 2 && MentionFinder.isEastAsianSurname(w[0]) && MentionFinder.koreanGivenName(w[1])) {
            persons.computeIfAbsent(Names.surnameKey(w[0]), k -> new ArrayList<>()).add(e);
        }
    }

    private static String surname(String surface) {
        String[] w = words(surface);
        return Names.surnameKey(w[w.length - 1]);
    }

    /**
     * The organizations and places, found by a single word that names or abbreviates one: its name in any case, a
     * form it was written in, or its initials for an acronym ("PLO"). Indexed so that an article naming thousands of
     * them is not thousands of scans; of several that answer, the one made first.
     */
    private static final class Others {
        private final Map<Entity, Integer> order = new HashMap<>();
        private final Map<String, Entity> byName = new HashMap<>();
        private final Map<String, Entity> bySurface = new HashMap<>();
        private final Map<String, Entity> byInitials = new HashMap<>();
        private final Map<String, Entity> byInitialsEnd = new HashMap<>();

        void add(Entity e) {
            if (e.type == ActorType.PERSON || order.containsKey(e)) return;
            order.put(e, order.size());
            byName.putIfAbsent(e.name.toLowerCase(Locale.ROOT), e);
            String initials = initials(e.name);
            byInitials.putIfAbsent(initials, e);
            // "Society of London Theatre (SOLT)", "Bank of England (BoE)": some acronyms keep the small words' letters
            byInitials.putIfAbsent(initialsWithSmallWords(e.name), e);
            // "United Nations Food and Agriculture Organization" … "FAO": an acronym may leave out the words that
            // say whose body it is
            for (int i = 1; i + 3 <= initials.length(); i++) byInitialsEnd.putIfAbsent(initials.substring(i), e);
            for (String surface : e.surfaces) bySurface.putIfAbsent(surface, e);
        }

        void addSurface(Entity e, String surface) {
            if (order.containsKey(e)) bySurface.putIfAbsent(surface, e);
        }

        Entity find(String surface) {
            Entity best = first(byName.get(surface.toLowerCase(Locale.ROOT)), bySurface.get(surface));
            if (MentionFinder.isAcronym(surface)) {
                String letters = surface.replace(".", "").toUpperCase(Locale.ROOT);
                Entity e = first(best, byInitials.get(letters));
                return e != null ? e : byInitialsEnd.get(letters);
            }
            // "the Department for Environment, Food and Rural Affairs (Defra)", "Acas", "Nato": British copy writes an
            // acronym spoken as a word with one capital; it is the name spelled out in the article with those initials
            return best == null && spokenAcronym(surface) ? byInitials.get(surface.toUpperCase(Locale.ROOT)) : best;
        }

        /**
         * One word of four letters or more, a capital and then small letters only ("Defra", "Ofwat"), or of three
         * letters or more with a capital after its first small letter ("MoD", "DfE", "BoE": the small words' letters
         * kept small).
         */
        private static boolean spokenAcronym(String surface) {
            if (surface.length() < 3 || !Character.isUpperCase(surface.charAt(0)) || !surface.chars().allMatch(Character::isLetter)) return false;
            boolean small = false;
            for (int i = 1; i < surface.length(); i++) {
                char c = surface.charAt(i);
                if (Character.isLowerCase(c)) small = true;
                else if (small) return true; // "MoD": a capital after a small letter
            }
            // "Defra": no capital after the first, and long enough not to be a short word
            return surface.length() >= 4 && Character.isLowerCase(surface.charAt(1));
        }

        private Entity first(Entity a, Entity b) {
            if (a == null) return b;
            if (b == null) return a;
            return order.get(a) <= order.get(b) ? a : b;
        }
    }

    /** The initials of every word, "of" and "the" too, in capitals: "SOLT" for "Society of London Theatre". */
    static String initialsWithSmallWords(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : words(name)) if (!w.isEmpty() && Character.isLetter(w.charAt(0))) b.append(Character.toUpperCase(w.charAt(0)));
        return b.toString();
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : words(name)) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) b.append(w.charAt(0));
        return b.toString();
    }

    /** The words of a name, without a "Jr." or "III" after the surname. */
    private static String[] words(String s) {
        return Names.withoutGeneration(s).split("\\s+");
    }
}
