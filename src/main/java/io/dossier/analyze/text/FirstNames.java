package io.dossier.analyze.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gender of common first names, from the female and male first-name lists in {@code gazetteer/}: a name in only
 * one list has that gender; a name in both (Jan, Aubrey) or neither (Zeynep) is unknown. Loaded once. The one
 * place that says whether a title or a given name is a woman's or a man's, for the quote rules (pronouns) and
 * the actor rules ("Mrs. Obama" is not Barack Obama) alike.
 */
public final class FirstNames {

    private static final Set<String> FEMALE = union(load("/gazetteer/female-first-names.txt"), load("/gazetteer/ssa-female-first-names.txt"));
    private static final Set<String> MALE = union(load("/gazetteer/male-first-names.txt"), load("/gazetteer/ssa-male-first-names.txt"));
    /** US counts that correct the lists: "taylor" → 'F', "riley" → '?' (see the file's header). */
    private static final java.util.Map<String, Character> SSA_GENDERS = ssaGenders();
    private static final Set<String> FEMALE_NAMES = Lexicon.words("female-names");
    private static final Set<String> MALE_NAMES = Lexicon.words("male-names");
    private static final Set<String> FEMALE_TITLES = Lexicon.words("female-titles");
    private static final Set<String> MALE_TITLES = Lexicon.words("male-titles");

    private FirstNames() {
    }

    /** 'F', 'M' or '?' for a title in lower case ("mrs.", "congresswoman", "mr."). */
    public static char titleGender(String lowerTitle) {
        if (FEMALE_TITLES.contains(lowerTitle)) return 'F';
        if (MALE_TITLES.contains(lowerTitle)) return 'M';
        return '?';
    }

    /**
     * 'F', 'M' or '?' for a first name in lower case: the hand lists first, then the name lists; a name in both
     * lists (Chris, Jan) is taken as a man's — most people quoted in the news are men; a name in neither
     * (Zeynep, Christyn) is unknown.
     */
    public static char likelyGender(String first) {
        char g = surelyGender(first);
        if (g == '?' && known(first) && !SSA_GENDERS.containsKey(first)) return 'M';
        return g;
    }

    /** 'F', 'M' or '?' for a first name in lower case, without a guess for a name in both lists. */
    public static char surelyGender(String first) {
        if (FEMALE_NAMES.contains(first)) return 'F';
        if (MALE_NAMES.contains(first)) return 'M';
        return gender(first);
    }

    /** 'F', 'M' or '?' for a first name in lower case. */
    static char gender(String lowerName) {
        Character counted = SSA_GENDERS.get(lowerName);
        if (counted != null) return counted;
        boolean f = FEMALE.contains(lowerName);
        boolean m = MALE.contains(lowerName);
        if (f == m) return '?';
        return f ? 'F' : 'M';
    }

    /** Is the name in either list? */
    public static boolean known(String lowerName) {
        return FEMALE.contains(lowerName) || MALE.contains(lowerName);
    }

    private static java.util.Map<String, Character> ssaGenders() {
        java.util.Map<String, Character> out = new java.util.HashMap<>();
        lines("/gazetteer/ssa-name-genders.tsv", line -> {
            String[] f = line.split("\t");
            out.put(f[0].toLowerCase(Locale.ROOT), f[1].charAt(0));
        });
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        a.addAll(b);
        return a;
    }

    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        lines(resource, line -> out.add(line.toLowerCase(Locale.ROOT)));
        return out; // private and never changed after loading: no immutable copy needed
    }

    /** Each line of a resource that is neither blank nor a comment, trimmed; a missing resource has none. */
    private static void lines(String resource, java.util.function.Consumer<String> sink) {
        try (InputStream in = FirstNames.class.getResourceAsStream(resource)) {
            if (in == null) return;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.trim();
                if (!line.isEmpty() && !line.startsWith("#")) sink.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
