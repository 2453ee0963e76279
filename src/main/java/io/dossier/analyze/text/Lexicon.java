package io.dossier.analyze.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists analysis relies on (speech verbs, titles, particles, calendar words, …), as data: one file
 * per list in {@code src/main/resources/lexicon/NAME.txt}, one entry a line, {@code #} lines are comments
 * (each file's header says what it is for and where it came from; sources in the folder's NOTICE.md).
 * A list is read once per process and is immutable; a list that holds an entry twice is refused when it is
 * read, so a file edited by hand cannot quietly grow two diverging copies of a word.
 *
 * <p>Lists used by more than one class are constants here; a list used by one class is read there with
 * {@link #words}.
 */
public final class Lexicon {

    private static final Map<String, List<String>> LOADED = new ConcurrentHashMap<>();

    /** Days of the week, lower case, Monday first. */
    public static final Set<String> WEEKDAYS = words("weekdays");
    /** Months of the year, lower case, in order: index + 1 is the month's number. */
    public static final List<String> MONTHS = list("months");
    /** Abbreviated months without their full stop ("sept", "oct"). */
    public static final Set<String> MONTH_ABBREVIATIONS = words("month-abbreviations");
    /** "today", "yesterday", … */
    public static final Set<String> RELATIVE_DAYS = words("relative-days");
    /** Abbreviated titles without their full stop ("sen", "gov"): the tokenizer and the name rules share them. */
    public static final Set<String> TITLE_ABBREVIATIONS = words("title-abbreviations");
    /** The armed forces a nation's adjective names: "the Israeli military", "the Lebanese army". */
    public static final Set<String> NATIONAL_FORCES = words("national-forces");
    /** All the state's bodies a nation's adjective names: its forces, "the Scottish government", "the Chinese embassy". */
    public static final Set<String> NATIONAL_BODIES = union(NATIONAL_FORCES, words("national-offices"));
    /** "jr", "sr", without their full stop. */
    public static final Set<String> NAME_SUFFIXES = words("name-suffixes");
    /** Lower-case particles in names ("al", "bin", "de", "von"). */
    public static final Set<String> NAME_PARTICLES = words("name-particles");

    private Lexicon() {
    }

    /**
     * Reads every list analysis uses ({@code lexicon/index.txt}) ahead, on the preload thread: from the jar, some
     * forty small entries cost a cold JVM about 15 ms, which the first article would otherwise wait for.
     */
    static void preload() {
        for (String name : list("index")) list(name);
    }

    /** The entries of {@code lexicon/NAME.txt} as a set. */
    public static Set<String> words(String name) {
        return Set.copyOf(list(name));
    }

    /** The entries of {@code lexicon/NAME.txt} in file order. */
    public static List<String> list(String name) {
        return LOADED.computeIfAbsent(name, Lexicon::load);
    }

    /**
     * Organization head words: Dossier's own ({@code organization-heads.txt}, what actor extraction uses today), the
     * common nouns that describe one ({@code organization-nouns.txt}: "the carmaker", "the broadcaster") and those of
     * the {@code compromise} package, each once.
     */
    public static Set<String> organizationWords() {
        return union(words("organization-heads"), words("organization-nouns"), words("compromise-organization-words"));
    }

    /** Organization names from the {@code compromise} package, lower case ("associated press", "at&t"). */
    public static Set<String> knownOrganizations() {
        return words("compromise-organizations");
    }

    /** Every entry of the given sets, once. */
    @SafeVarargs
    public static Set<String> union(Set<String>... sets) {
        List<String> all = new ArrayList<>();
        for (Set<String> s : sets) all.addAll(s);
        return Set.copyOf(all); // copyOf keeps one of each repeated entry
    }

    /** Each entry with a full stop after it: abbreviations as the tokenizer leaves them ("sen" → "sen."). */
    public static Set<String> dotted(Set<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) out.add(w + ".");
        return Set.copyOf(out);
    }

    /** The first {@code n} letters of each word ("january" → "jan" for n = 3). */
    public static Set<String> prefixes(List<String> words, int n) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) out.add(w.substring(0, Math.min(n, w.length())));
        return Set.copyOf(out);
    }

    private static List<String> load(String name) {
        String resource = "/lexicon/" + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("lexicon list missing from the classpath: " + resource);
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon list " + resource, e);
        }
    }

    /** The entries of a list: lines trimmed, blank and {@code #} lines skipped, a repeated entry refused. */
    static List<String> parse(String resource, BufferedReader r) throws IOException {
        List<String> out = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            String w = line.strip();
            if (w.isEmpty() || w.startsWith("#")) continue;
            Integer first = lineOf.putIfAbsent(w, n);
            if (first != null) {
                throw new IllegalStateException(resource + ":" + n + ": \"" + w + "\" is already on line " + first
                        + "; a list holds each entry once");
            }
            out.add(w);
        }
        return List.copyOf(out);
    }
}
