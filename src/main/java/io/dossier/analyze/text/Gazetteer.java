package io.dossier.analyze.text;

import io.dossier.model.ActorType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Known names (countries, cities, regions, organizations) and demonyms, loaded once from
 * {@code src/main/resources/gazetteer} (sources in its NOTICE.md); role words and stop words come from the
 * {@link Lexicon}. Lookups are hash-map hits on the phrase as written,
 * so matching a sentence costs a few map probes per token.
 */
public final class Gazetteer {

    /** Combining marks, which {@link #withoutAccents} drops (declared first: the instance is built when the class loads). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Read before {@link #INSTANCE} is built. */
    private static final Set<String> ARABIC_NAME_COUNTRIES = Lexicon.words("arabic-name-countries");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(?:Al|Ad|Ar|As|Ash|At|Az|An|Ath|Adh)[ -]");

    /** A known entity: canonical name, type and kind ("country", "city", "militant group", …). */
    public record Entry(String name, ActorType type, String kind) {
    }

    public static final int MAX_PHRASE_TOKENS = 7;

    private static final Gazetteer INSTANCE = new Gazetteer();

    private final Map<String, Entry> names = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Set<String> roleHeads = Lexicon.words("role-heads");
    private final Set<String> roleModifiers = Lexicon.words("role-modifiers");
    private final Set<String> honorifics = Lexicon.words("honorifics");
    private final Set<String> stopWords = Lexicon.words("stop-words");
    private final Set<String> placeHeads = Lexicon.words("place-heads");
    private final Set<String> surnamePlaceHeads = Lexicon.words("surname-place-heads");
    private final Set<String> firstNames = new HashSet<>();
    /**
     * Smaller towns (towns.tsv): no entry of their own, since many share a name with a person or a company ("Rubio
     * wrote", "Peabody said"); a town is a place only where the text places it (TownsNeedContext).
     */
    private final Set<String> towns = new HashSet<>();
    /** The cities and towns whose names carry accents, by their unaccented spelling (the tables' third column). */
    private final Map<String, Entry> unaccented = new HashMap<>();
    private final Set<String> unaccentedTowns = new HashSet<>();
    /** The towns and cities named like people ("Clinton", "Jackson", "Warren"), placed only by "in" or their region. */
    private final Set<String> personLikeTowns = new HashSet<>();

    public static Gazetteer get() {
        return INSTANCE;
    }

    private Gazetteer() {
        Set<String> ambiguous = new HashSet<>();
        lines("ambiguous-cities.txt", ambiguous::add);
        lines("first-names.txt", firstNames::add);
        lines("world-first-names.txt", firstNames::add);
        lines("organizations.tsv", l -> {
            String[] f = l.split("\t", -1);
            Entry e = new Entry(f[0], ActorType.ORGANIZATION, f.length > 2 ? f[2] : "organization");
            names.put(f[0], e);
            if (f.length > 1) for (String a : f[1].split("\\|")) if (!a.isBlank()) names.putIfAbsent(a, e);
        });
        lines("places-extra.tsv", l -> {
            String[] f = l.split("\t", -1);
            String canonical = f.length > 1 && !f[1].isBlank() ? f[1] : f[0];
            String kind = f.length > 2 ? f[2] : "place";
            Entry e = names.containsKey(canonical) && names.get(canonical).type() == ActorType.PLACE
                    ? names.get(canonical) : new Entry(canonical, ActorType.PLACE, kind);
            names.putIfAbsent(canonical, e);
            names.putIfAbsent(f[0], e);
        });
        lines("countries.tsv", l -> {
            String[] f = l.split("\t", -1);
            Entry e = names.computeIfAbsent(f[1], k -> new Entry(k, ActorType.PLACE, "country"));
            for (String a : f[2].split("\\|")) if (!a.isBlank()) names.putIfAbsent(a, e);
            for (String d : f[3].split("\\|")) if (!d.isBlank()) demonyms.putIfAbsent(d, e.name());
            for (String c : f[4].split("\\|")) {
                if (!c.isBlank()) names.putIfAbsent(c, new Entry(c, ActorType.PLACE, "capital"));
            }
        });
        lines("demonyms-extra.tsv", l -> {
            String[] f = l.split("\t", -1);
            demonyms.putIfAbsent(f[0], f[1]);
        });
        lines("cities.tsv", l -> {
            String[] f = l.split("\t", -1);
            if (ambiguous.contains(f[0])) return;
            Entry e = names.computeIfAbsent(f[0], n -> new Entry(n, ActorType.PLACE, "city"));
            if (f.length > 2) unaccented.putIfAbsent(f[2], e);
            if (ARABIC_NAME_COUNTRIES.contains(f[1])) {
                for (String v : arabicSpellings(f.length > 2 ? f[2] : f[0])) if (!firstNames.contains(v)) unaccented.putIfAbsent(v, e);
            }
        });
        lines("towns.tsv", l -> {
            String[] f = l.split("\t", -1);
            if (names.containsKey(f[0])) return;
            towns.add(f[0]);
            if (f.length > 2) unaccentedTowns.add(f[2]);
        });
        // a city whose name is more often a person's or a word ("Jackson", "Reading", "Bristol") is a place the way a
        // town is: where the text places it ("in Bristol", "Jackson, Mississippi")
        towns.addAll(ambiguous);
        personLikeTowns.addAll(ambiguous);
    }


    /**
     * "Basra" for "Basrah", "Falluja" for "Al Fallujah", "Kut" for "Al Kut": English news writes Arabic place names
     * without the article and without the final "h" of "-ah"; the other spellings of an Arab city's (unaccented) name.
     */
    static List<String> arabicSpellings(String name) {
        List<String> out = new ArrayList<>(3);
        String bare = ARABIC_ARTICLE.matcher(name).replaceFirst("");
        if (!bare.equals(name) && bare.length() >= 3 && !bare.contains(" ")) out.add(bare);
        for (String n : List.of(name, bare)) {
            if (n.length() >= 5 && n.endsWith("ah") && !n.contains(" ")) out.add(n.substring(0, n.length() - 1));
        }
        return out;
    }

    /**
     * "Whangarei" for "Whangārei", "Bogota" for "Bogotá": news writes place names with their accents or without them,
     * so a name that misses as written is looked up again without its marks (the tables carry their names' unaccented
     * spelling, so only a query with accents is normalized, and the normalizer is loaded only for one).
     */
    public static String withoutAccents(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (ascii) return s;
        return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("");
    }

    /** The entity a phrase names exactly as written ("Gaza Strip", "PA", "U.S."), or null. */
    public Entry lookup(String phrase) {
        Entry e = names.get(phrase);
        if (e != null) return e;
        // headline case and "the" prefixes are common in the wild: "Palestinian authority" is not, so only exact or title case
        if (phrase.startsWith("The ")) return lookup(phrase.substring(4));
        String plain = withoutAccents(phrase);
        e = names.get(plain);
        return e != null ? e : unaccented.get(plain);
    }

    /** Is the phrase, as written, a country, city or region ("Fort Wayne", "Virgin Islands")? */
    public static boolean isPlace(String phrase) {
        Entry e = get().lookup(phrase);
        return e != null && e.type() == ActorType.PLACE;
    }

    /** The country a demonym belongs to ("Palestinian" → "Palestine"), or null. Plural forms are accepted. */
    public String demonymCountry(String word) {
        String c = demonyms.get(word);
        if (c == null && word.endsWith("s")) c = demonyms.get(word.substring(0, word.length() - 1));
        return c;
    }

    public boolean isDemonym(String word) {
        return demonyms.containsKey(word);
    }

    public boolean isRoleHead(String word) {
        return roleHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isRoleModifier(String word) {
        return roleModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isHonorific(String word) {
        return honorifics.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Is the name one of the smaller towns, a place only in context ("in Harlem", "Albany, N.Y.")? */
    public boolean isTown(String name) {
        if (towns.contains(name)) return true;
        String plain = withoutAccents(name);
        return unaccentedTowns.contains(plain) || !plain.equals(name) && towns.contains(plain);
    }

    /** Is the town's name more often a person's ("an approach from Clinton")? */
    public boolean isPersonLikeTown(String name) {
        return personLikeTowns.contains(name);
    }

    /**
     * Does a name of two or more words end in a place's head word ("Stewart Island", "Elland Road", "Royal Festival
     * Hall")? Not a given name and a surname-like head ("Jerry Hall", "Grace Park"): that is a person.
     */
    public boolean namedLikePlace(String[] words) {
        if (words.length < 2) return false;
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        return placeHeads.contains(head) && !(words.length == 2 && surnamePlaceHeads.contains(head) && isFirstName(words[0]));
    }

    /**
     * A given name on the lists, written with its accents or without them ("José", "André" for the lists' "Jose",
     * "Andre"), or a double one of two such ("Jan-Willem", "Jean-Pierre", "Anne-Marie").
     */
    public boolean isFirstName(String word) {
        if (firstNames.contains(word)) return true;
        String plain = withoutAccents(word);
        if (plain != word && firstNames.contains(plain)) return true;
        int dash = word.indexOf('-');
        return dash > 0 && dash < word.length() - 1 && word.indexOf('-', dash + 1) < 0
                && firstNames.contains(word.substring(0, dash)) && firstNames.contains(word.substring(dash + 1));
    }

    public boolean isStopWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return stopWords.contains(w);
    }

    private static void lines(String resource, Consumer<String> sink) {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/" + resource)) {
            if (in == null) throw new IllegalStateException("gazetteer resource missing: " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                sink.accept(line.strip().isEmpty() ? line : stripRight(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
    }

    private static String stripRight(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\r')) e--;
        return s.substring(0, e);
    }
}
