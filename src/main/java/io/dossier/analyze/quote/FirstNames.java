package io.dossier.analyze.quote;

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
 * one list has that gender; a name in both (Jan, Aubrey) or neither (Zeynep) is unknown. Loaded once.
 */
final class FirstNames {

    private static final Set<String> FEMALE = load("/gazetteer/female-first-names.txt");
    private static final Set<String> MALE = load("/gazetteer/male-first-names.txt");

    private FirstNames() {
    }

    /** 'F', 'M' or '?' for a first name in lower case. */
    static char gender(String lowerName) {
        boolean f = FEMALE.contains(lowerName);
        boolean m = MALE.contains(lowerName);
        if (f == m) return '?';
        return f ? 'F' : 'M';
    }

    /** Is the name in either list? */
    static boolean known(String lowerName) {
        return FEMALE.contains(lowerName) || MALE.contains(lowerName);
    }

    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = FirstNames.class.getResourceAsStream(resource)) {
            if (in == null) return Set.of();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.trim();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out; // private and never changed after loading: no immutable copy needed
    }
}
