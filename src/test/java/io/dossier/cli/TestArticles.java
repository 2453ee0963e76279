package io.dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Short, real-looking articles for batch tests: paragraphs of the bundled sample and of the
 * two test articles, recombined so each article differs. When the shared PolNeAR corpus is
 * there ({@code ../shared/data/polnear}), its texts are mixed in, read in place, never copied
 * into the project.
 */
final class TestArticles {

    static final Path SAMPLE = Path.of("samples/cairo-talks.txt");
    static final Path RAFAH = Path.of("src/test/resources/articles/rafah-crossing.md");
    static final Path CEASEFIRE = Path.of("src/test/resources/articles/ceasefire-vote.txt");
    static final Path POLNEAR = Path.of("../shared/data/polnear");

    private TestArticles() {
    }

    static List<String> paragraphs() {
        List<String> ps = new ArrayList<>();
        for (Path p : List.of(SAMPLE, RAFAH, CEASEFIRE)) {
            try {
                for (String para : Files.readString(p).split("\\n\\s*\\n")) {
                    String s = para.strip();
                    if (s.startsWith("---") || s.length() < 80 || s.contains("title:")) continue;
                    ps.add(s.replaceAll("\\s+", " "));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ps;
    }

    /** Up to {@code max} PolNeAR texts, or none when the shared folder is absent. */
    static List<Path> polnear(int max) {
        Path train = POLNEAR.resolve("train/text");
        if (!Files.isDirectory(train)) return List.of();
        try (Stream<Path> s = Files.list(train)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(max).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Article {@code i}: a headline and three paragraphs (~150 words). */
    static String article(int i, List<String> pool) {
        StringBuilder sb = new StringBuilder("Briefing item " + i + ": " + headline(pool.get(i % pool.size())) + "\n\n");
        for (int k = 0; k < 3; k++) sb.append(pool.get((i * 7 + k * 3) % pool.size())).append("\n\n");
        return sb.toString();
    }

    /** Writes {@code count} good articles named {@code article-NNN.txt} into {@code dir}. */
    static List<Path> write(Path dir, int count) {
        List<String> pool = paragraphs();
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) {
                Path p = dir.resolve(String.format("article-%03d.txt", i));
                Files.writeString(p, article(i, pool), StandardCharsets.UTF_8);
                out.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String headline(String paragraph) {
        String[] words = paragraph.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length)));
    }
}
