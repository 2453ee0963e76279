package io.dossier.analyze;

import io.dossier.ingest.ArticleReader;
import io.dossier.model.Actor;
import io.dossier.model.Analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Actor-extraction quality against hand-written expectations ({@code src/test/resources/actors/expectations.tsv}):
 * for each listed PolNeAR article (read from {@code ../shared/data/polnear}, never copied) the actors a reader
 * expects, with their type, and junk that must not appear.
 *
 * <p>Scoring, per article set: an expected actor is <em>found</em> when a system actor's name, or else one of its
 * aliases, is one of its accepted forms, compared as the held-out check compares them (ignoring case, accents, a
 * leading "the", possessives and punctuation). Recall = found / expected;
 * type accuracy = found with the right type / found. Precision is strict: every system actor that does not match
 * an expected actor (junk, unlabelled, or a second actor for the same entity) counts against it.
 *
 * <p>An article's set is the first part of its path: {@code train}, {@code dev}, or a tagged batch of a split such
 * as {@code train-fresh} (labelled later, scored alone before any rule was tuned on it). Asking for a split scores
 * every batch read from it; asking for a tag ({@code train-fresh}, or {@code =train} for the untagged ones) scores
 * that batch alone.
 *
 * <pre>java -cp target/dossier.jar:target/test-classes io.dossier.analyze.ActorQualityBenchmark [train|dev|train-fresh|=train] [-v]
 * java -cp ... io.dossier.analyze.ActorQualityBenchmark --dump FILE...</pre>
 */
public final class ActorQualityBenchmark {

    static final Path DATA = Path.of("..", "shared", "data", "polnear");

    record Expected(String tag, String file, boolean junk, List<String> forms, String type, boolean core) {
        /** The PolNeAR folder the article is read from: the tag without its batch suffix. */
        String split() {
            int dash = tag.indexOf('-');
            return dash < 0 ? tag : tag.substring(0, dash);
        }

        boolean selectedBy(String selector) {
            return selector.startsWith("=") ? tag.equals(selector.substring(1)) : tag.equals(selector) || split().equals(selector);
        }
    }

    record Score(int expected, int found, int typed, int system, int correct, int junkHits, int coreExpected, int coreFound,
                 long nanos, int articles) {
        double precision() {
            return system == 0 ? 0 : (double) correct / system;
        }

        double recall() {
            return expected == 0 ? 0 : (double) found / expected;
        }

        /** Recall over core actors (quoted, central, or mentioned twice), where the labels mark them. */
        double coreRecall() {
            return coreExpected == 0 ? 0 : (double) coreFound / coreExpected;
        }

        double typeAccuracy() {
            return found == 0 ? 0 : (double) typed / found;
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            String core = coreExpected == 0 ? ""
                    : String.format(Locale.ROOT, "  core R %.3f (%d/%d)", coreRecall(), coreFound, coreExpected);
            return String.format(Locale.ROOT, "articles %d  P %.3f (%d/%d)  R %.3f (%d/%d)%s  F1 %.3f  type %.3f  junk hits %d  %.1f ms/article",
                    articles, precision(), correct, system, recall(), found, expected, core, f1(), typeAccuracy(), junkHits,
                    nanos / 1e6 / Math.max(1, articles));
        }
    }

    static List<Expected> load() throws IOException {
        List<Expected> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ActorQualityBenchmark.class.getResourceAsStream("/actors/expectations.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                String[] path = f[0].split("/", 2);
                out.add(new Expected(path[0], path[1], f[1].equals("J"), List.of(f[2].split("\\|")),
                        f.length > 3 && !f[3].isEmpty() ? f[3] : null, f.length > 4 && f[4].equals("core")));
            }
        }
        return out;
    }

    static Score run(String split, boolean verbose) throws IOException {
        Map<String, List<Expected>> byFile = new LinkedHashMap<>();
        for (Expected e : load()) if (e.selectedBy(split)) byFile.computeIfAbsent(e.file, k -> new ArrayList<>()).add(e);
        Analyzer analyzer = new Analyzer();
        ArticleReader reader = new ArticleReader();
        int expected = 0, found = 0, typed = 0, system = 0, correct = 0, junkHits = 0, coreExpected = 0, coreFound = 0;
        long nanos = 0;
        for (var entry : byFile.entrySet()) {
            var article = reader.read(DATA.resolve(entry.getValue().get(0).split()).resolve("text").resolve(entry.getKey()));
            long t0 = System.nanoTime();
            Analysis a = analyzer.analyze(article);
            nanos += System.nanoTime() - t0;
            List<Actor> actors = a.actors();
            List<String> notes = new ArrayList<>();
            boolean[] used = new boolean[actors.size()];
            for (Expected e : entry.getValue()) {
                if (e.junk) {
                    for (Actor x : actors) {
                        if (matchesName(x, e.forms)) {
                            junkHits++;
                            notes.add("  JUNK     " + x.name());
                        }
                    }
                    continue;
                }
                expected++;
                if (e.core) coreExpected++;
                int hit = -1;
                for (int i = 0; i < actors.size() && hit < 0; i++) if (!used[i] && matchesName(actors.get(i), e.forms)) hit = i;
                for (int i = 0; i < actors.size() && hit < 0; i++) if (!used[i] && actors.get(i).aliases().stream().anyMatch(s -> matches(s, e.forms))) hit = i;
                if (hit < 0) {
                    notes.add("  MISSING  " + e.forms.get(0) + " (" + e.type + ")" + (e.core ? " core" : ""));
                    continue;
                }
                used[hit] = true;
                found++;
                if (e.core) coreFound++;
                Actor x = actors.get(hit);
                if (x.type().json().equals(e.type)) typed++;
                else notes.add("  TYPE     " + x.name() + " is " + x.type().json() + ", expected " + e.type);
            }
            for (int i = 0; i < actors.size(); i++) {
                system++;
                if (used[i]) correct++;
                else notes.add("  EXTRA    " + actors.get(i).name() + " (" + actors.get(i).type().json() + ") " + actors.get(i).aliases());
            }
            if (verbose && !notes.isEmpty()) {
                System.out.println(entry.getKey());
                notes.forEach(System.out::println);
            }
        }
        return new Score(expected, found, typed, system, correct, junkHits, coreExpected, coreFound, nanos, byFile.size());
    }

    private static boolean matchesName(Actor x, List<String> forms) {
        return matches(x.name(), forms);
    }

    private static boolean matches(String name, List<String> forms) {
        String key = comparable(name);
        for (String f : forms) if (key.equals(comparable(f))) return true;
        return false;
    }

    /** A name as the held-out check compares it: no case, accents, soft hyphens, leading "the", possessive or punctuation. */
    static String comparable(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace("\u00AD", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    static void dump(Path file) {
        Analysis a = new Analyzer().analyze(new ArticleReader().read(file));
        System.out.println("== " + file.getFileName());
        for (Actor x : a.actors()) {
            System.out.println(x.type().json().substring(0, 3) + "\t" + x.mentions() + "\t" + x.name() + "\t| " + x.role() + " | "
                    + x.affiliation() + " | " + x.aliases());
        }
    }

    public static void main(String[] args) throws IOException {
        if (!Files.isDirectory(DATA)) {
            System.out.println("PolNeAR data not found at " + DATA.toAbsolutePath() + " — skipped.");
            return;
        }
        if (args.length > 0 && args[0].equals("--dump")) {
            for (int i = 1; i < args.length; i++) dump(Path.of(args[i]));
            return;
        }
        boolean verbose = List.of(args).contains("-v");
        List<String> splits = new ArrayList<>();
        for (String a : args) if (!a.startsWith("-")) splits.add(a);
        if (splits.isEmpty()) splits = List.of("train", "dev");
        run(splits.get(0), false); // warm up
        for (String s : splits) {
            Score score = run(s, verbose);
            System.out.println(s + ": " + score);
        }
    }
}
