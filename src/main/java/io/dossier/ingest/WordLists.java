package io.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Word and pattern lists of the ingest stage, kept as data files in {@code src/main/resources/ingest/}. */
final class WordLists {

    private WordLists() {
    }

    /** The lines of {@code ingest/NAME}, without blank lines and {@code #} comments. */
    static List<String> lines(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) throw new IllegalStateException("ingest/" + name + " missing from the classpath");
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ingest/" + name, e);
        }
    }

    /** One pattern matching any line of {@code ingest/NAME} as a whole. */
    static Pattern anyOf(String name, int flags) {
        return Pattern.compile("(?:" + String.join(")|(?:", lines(name)) + ")", flags);
    }

    /** One pattern matching any word of {@code ingest/NAME} as a whole word of a class or id name. */
    static Pattern nameWords(String name) {
        List<String> quoted = lines(name).stream().map(Pattern::quote).toList();
        return Pattern.compile("(?:^|[\\s_-])(?:" + String.join("|", quoted) + ")(?:$|[\\s_-])", Pattern.CASE_INSENSITIVE);
    }
}
