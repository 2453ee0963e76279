package io.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.BadInputException;
import io.dossier.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores HTML extraction against the saved pages of Mozilla Readability's test suite
 * ({@code ../shared/data/webpages}, read in place): word-level and 4-word-shingle precision,
 * recall and F1 of the article text {@link ArticleReader} makes from {@code source.html}
 * against the text of {@code expected.html} (pooled over pages and per page), and how often the
 * title, publication date and byline agree with {@code expected-metadata.json}.
 *
 * <p>Pages scored: English ones (no {@code lang} other than en-*, and English function words in
 * the expected text) whose expected text has at least {@value #MIN_WORDS} words — the synthetic
 * edge cases with a sentence or two are tests of Readability's code, not articles. A page our
 * reader refuses counts as empty text. Run with {@code bench/extract [DIR] [-v]}.
 */
public final class ExtractBenchmark {

    static final int MIN_WORDS = 100;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for", "it");
    private static final Set<String> BLOCK = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td",
            "th", "blockquote", "pre", "figcaption", "section", "article", "ul", "ol", "dd", "dt", "table", "figure");

    record Score(long common, long predicted, long expected) {
        double precision() { return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) common / predicted; }
        double recall() { return expected == 0 ? 1 : (double) common / expected; }
        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        Score plus(Score o) { return new Score(common + o.common, predicted + o.predicted, expected + o.expected); }
    }

    record Page(String name, Score words, Score shingles, String refused, Article article, JsonNode meta) {
    }

    private ExtractBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("-") ? args[0] : "../shared/data/webpages");
        boolean verbose = List.of(args).contains("-v");
        if (!Files.isDirectory(dir)) {
            System.err.println("bench/extract: " + dir + " not found; nothing to measure");
            return;
        }
        ObjectMapper json = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        ArticleReader reader = new ArticleReader(64L * 1024 * 1024, w -> { });
        long started = System.nanoTime();
        for (Path f : folders) {
            JsonNode meta = json.readTree(f.resolve("expected-metadata.json").toFile());
            List<String> expected = words(visibleText(Files.readString(f.resolve("expected.html"))));
            if (expected.size() < MIN_WORDS || !english(meta, expected)) continue;
            Article article = null;
            String refused = null;
            try {
                article = reader.read(f.resolve("source.html"));
            } catch (BadInputException e) {
                refused = e.getMessage();
            }
            List<String> got = article == null ? List.of() : words(String.join("\n", article.paragraphs()));
            pages.add(new Page(f.getFileName().toString(), overlap(got, expected, 1), overlap(got, expected, 4), refused, article, meta));
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        report(pages, verbose, ms);
    }

    private static void report(List<Page> pages, boolean verbose, long ms) {
        Score words = new Score(0, 0, 0), shingles = new Score(0, 0, 0);
        double macroShingleF1 = 0;
        for (Page p : pages) {
            words = words.plus(p.words);
            shingles = shingles.plus(p.shingles);
            macroShingleF1 += p.shingles.f1();
        }
        System.out.printf(Locale.ROOT, "extraction on %d English article pages (%d ms)%n", pages.size(), ms);
        System.out.printf(Locale.ROOT, "  words     pooled P %.3f  R %.3f  F1 %.3f%n", words.precision(), words.recall(), words.f1());
        System.out.printf(Locale.ROOT, "  shingles  pooled P %.3f  R %.3f  F1 %.3f  (mean per page F1 %.3f)%n",
                shingles.precision(), shingles.recall(), shingles.f1(), macroShingleF1 / pages.size());
        long below05 = pages.stream().filter(p -> p.shingles.f1() < 0.5).count();
        System.out.printf(Locale.ROOT, "  pages with shingle F1 < 0.5: %d; refused: %d%n", below05, pages.stream().filter(p -> p.refused != null).count());
        int[] title = new int[2], date = new int[2], byline = new int[2];
        List<String> misses = new ArrayList<>();
        for (Page p : pages) {
            Article a = p.article;
            agree(title, p, "title", text(p.meta, "title"), a == null ? null : a.title(), misses);
            String d = text(p.meta, "publishedTime");
            agree(date, p, "date", d == null ? null : Dates.normalize(d), a == null ? null : a.date(), misses);
            agree(byline, p, "byline", text(p.meta, "byline"), a == null ? null : a.byline(), misses);
        }
        System.out.printf(Locale.ROOT, "  metadata agreement: title %d/%d, date %d/%d, byline %d/%d%n",
                title[0], title[1], date[0], date[1], byline[0], byline[1]);
        System.out.println("  worst pages (shingle F1, P, R):");
        pages.stream().sorted(Comparator.comparingDouble(p -> p.shingles.f1())).limit(verbose ? pages.size() : 12)
                .forEach(p -> System.out.printf(Locale.ROOT, "    %-40s %.3f  %.3f  %.3f%s%n", p.name, p.shingles.f1(),
                        p.shingles.precision(), p.shingles.recall(), p.refused == null ? "" : "  refused: " + p.refused));
        if (verbose) misses.forEach(m -> System.out.println("    " + m));
    }

    private static void agree(int[] tally, Page p, String what, String expected, String got, List<String> misses) {
        if (expected == null || expected.isBlank()) return;
        tally[1]++;
        if (got != null && same(expected, got)) tally[0]++;
        else misses.add(what + " " + p.name + ": expected \"" + expected + "\", got \"" + got + "\"");
    }

    /** Same text up to case, spacing, punctuation and accents; a byline "By X" is X. */
    static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String s) {
        String k = String.join(" ", words(s));
        return k.startsWith("by ") ? k.substring(3) : k;
    }

    private static String text(JsonNode meta, String field) {
        JsonNode n = meta.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static boolean english(JsonNode meta, List<String> expected) {
        String lang = text(meta, "lang");
        if (lang != null && !lang.toLowerCase(Locale.ROOT).startsWith("en")) return false;
        // English by its function words: a page marked "en" that holds lorem ipsum is not English
        long function = expected.stream().filter(FUNCTION_WORDS::contains).count();
        return function * 100 >= expected.size() * 12L;
    }

    /** Text of an HTML fragment with block elements kept apart, so words of two blocks never merge. */
    static String visibleText(String html) {
        StringBuilder b = new StringBuilder();
        append(Jsoup.parse(html).body(), b);
        return b.toString();
    }

    private static void append(Node n, StringBuilder b) {
        if (n instanceof TextNode t) {
            b.append(t.getWholeText());
            return;
        }
        if (n instanceof Element e) {
            boolean block = BLOCK.contains(e.tagName());
            if (block) b.append('\n');
            for (Node c : e.childNodes()) append(c, b);
            if (block) b.append('\n');
        }
    }

    static List<String> words(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(m.group().replace('’', '\''));
        return out;
    }

    /** Multiset overlap of n-grams (n = 1: words; n = 4: shingles). */
    static Score overlap(List<String> got, List<String> expected, int n) {
        Map<String, Integer> want = grams(expected, n);
        Map<String, Integer> have = grams(got, n);
        long common = 0;
        for (Map.Entry<String, Integer> e : have.entrySet()) common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        return new Score(common, count(have), count(want));
    }

    private static Map<String, Integer> grams(List<String> ws, int n) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + n <= ws.size(); i++) m.merge(String.join(" ", ws.subList(i, i + n)), 1, Integer::sum);
        return m;
    }

    private static long count(Map<String, Integer> m) {
        long c = 0;
        for (int v : m.values()) c += v;
        return c;
    }
}
