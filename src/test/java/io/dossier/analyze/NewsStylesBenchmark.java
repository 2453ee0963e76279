package io.dossier.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.ingest.ArticleReader;
import io.dossier.model.Actor;
import io.dossier.model.Analysis;
import io.dossier.model.Quote;
import io.dossier.model.QuoteKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Analysis quality on news outside US politics, scored the way the held-out check scores it: original articles in
 * the house styles of BBC business, technology, politics, sport and entertainment, Reuters world reports, US
 * politics and news web pages ({@code bench/news/texts}), each with hand-made gold ({@code bench/news/gold}: actors
 * with every name the text uses, their type and whether they are core; direct quotations with their speaker).
 *
 * <ul>
 * <li>Actors: a system actor matches a gold one when its name or an alias equals one of the gold names, compared
 *     as {@link ActorQualityBenchmark#comparable} compares them; each gold actor is matched once, so a second
 *     actor for the same entity is a false positive. Core recall counts the gold actors marked core.</li>
 * <li>Direct quotes of four words or more on both sides: a system quote matches a gold quote when at least half
 *     the words of the shorter one are shared (one-to-one, the pairs that share most first). Speaker accuracy is over matched quotes: a
 *     named gold speaker must be the system actor's name or alias; an unnamed gold speaker must be unnamed.</li>
 * </ul>
 *
 * <p>The odd-numbered articles are for tuning, the even-numbered ones for reporting ({@code tune}, {@code report};
 * default both).
 *
 * <p>{@code web}: saved news web pages instead (see {@link #webPages}).
 *
 * <pre>java -cp target/dossier.jar:target/test-classes io.dossier.analyze.NewsStylesBenchmark [web] [tune|report] [-v]</pre>
 */
public final class NewsStylesBenchmark {

    static final Path DATA = Path.of("bench", "news");
    /** A second corpus of the same house styles, written later by other hands, scored alone before any rule was tuned on it. */
    static final Path DATA2 = Path.of("bench", "news2");
    /** A third corpus of the same house styles, written blind by two more annotators, scored alone before any rule was tuned on it. */
    static final Path DATA3 = Path.of("bench", "news3");
    /** A fourth corpus of the same house styles, written blind by two more annotators, scored alone before any rule was tuned on it. */
    static final Path DATA4 = Path.of("bench", "news4");
    /** A fifth corpus of the same house styles, written blind by two more annotators, scored alone before any rule was tuned on it. */
    static final Path DATA5 = Path.of("bench", "news5");
    /** A sixth corpus of the same house styles, written blind by two more annotators, scored alone before any rule was tuned on it. */
    static final Path DATA6 = Path.of("bench", "news6");
    /** A seventh corpus of the same house styles, written blind by two more annotators, scored alone before any rule was tuned on it. */
    static final Path DATA7 = Path.of("bench", "news7");
    /** An eighth corpus of the same house styles, written blind by two more annotators, scored alone before any rule was tuned on it. */
    static final Path DATA8 = Path.of("bench", "news8");
    static final Path WEB_GOLD = Path.of("bench", "webnews", "gold");
    static final Path WEB_TUNE_GOLD = Path.of("bench", "webnews", "gold-tune");
    static final Path WEB_PAGES = Path.of("..", "shared", "data", "webpages");
    private static final int MIN_WORDS = 4;

    record Score(int gold, int system, int matched, int core, int coreFound, int goldQuotes, int systemQuotes,
                 int matchedQuotes, int speakerRight) {
        Score plus(Score o) {
            return new Score(gold + o.gold, system + o.system, matched + o.matched, core + o.core, coreFound + o.coreFound,
                    goldQuotes + o.goldQuotes, systemQuotes + o.systemQuotes, matchedQuotes + o.matchedQuotes,
                    speakerRight + o.speakerRight);
        }

        @Override
        public String toString() {
            double qp = ratio(matchedQuotes, systemQuotes), qr = ratio(matchedQuotes, goldQuotes);
            return String.format(Locale.ROOT,
                    "actors P %.3f (%d/%d)  R %.3f (%d/%d)  core R %.3f (%d/%d) | direct quotes P %.3f R %.3f F1 %.3f (%d/%d/%d) | speakers %.3f (%d/%d)",
                    ratio(matched, system), matched, system, ratio(matched, gold), matched, gold, ratio(coreFound, core),
                    coreFound, core, qp, qr, qp + qr == 0 ? 0 : 2 * qp * qr / (qp + qr), matchedQuotes, systemQuotes,
                    goldQuotes, ratio(speakerRight, matchedQuotes), speakerRight, matchedQuotes);
        }

        double precision() {
            return ratio(matched, system);
        }

        double coreRecall() {
            return ratio(coreFound, core);
        }

        double quoteF1() {
            double p = ratio(matchedQuotes, systemQuotes), r = ratio(matchedQuotes, goldQuotes);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double speakerAccuracy() {
            return ratio(speakerRight, matchedQuotes);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    /** {@code optional}: named only in a photo caption, so neither found nor missed (nor extra) counts. */
    record GoldActor(List<String> names, String type, boolean core, boolean optional) {
    }

    /** One scored article: where to read it, its gold, and whether it is for tuning. */
    record Item(String name, Path input, Path gold, boolean tune) {
    }

    record GoldQuote(String text, String speaker) {
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("-")).toList();
        boolean web = words.contains("web");
        String corpus = words.stream().filter(w -> w.matches("news\\d*")).findFirst().orElse("news");
        Path data = Path.of("bench", corpus);
        String set = words.stream().filter(w -> !w.equals("web") && !w.equals(corpus)).findFirst().orElse("all");
        List<Item> items = web ? webPages() : articles(data);
        if (items.isEmpty()) {
            System.out.println((web ? "web news pages (" + WEB_PAGES.toAbsolutePath() + ")" : "news corpus (" + data.toAbsolutePath() + ")")
                    + " not found — skipped.");
            return;
        }
        System.out.println((web ? "web " : corpus.equals("news") ? "" : corpus + " ") + set + ": " + run(items, set, verbose));
    }

    /** The scores of one set of the original articles ({@code tune}: odd-numbered, {@code report}: even-numbered, else all). */
    static Score run(String set, boolean verbose) throws IOException {
        return run(articles(DATA), set, verbose);
    }

    /** The original articles of {@code bench/news} or {@code bench/news2}: odd-numbered ones are for tuning. */
    static List<Item> articles(Path data) throws IOException {
        if (!Files.isDirectory(data)) return List.of();
        try (Stream<Path> s = Files.list(data.resolve("texts"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                String name = p.getFileName().toString();
                return new Item(name, p, data.resolve("gold").resolve(name.replace(".txt", ".json")),
                        Integer.parseInt(name.substring(0, 2)) % 2 == 1);
            }).toList();
        }
    }

    /**
     * Saved news web pages of {@code ../shared/data/webpages} (read in place, never copied), through the whole
     * reader as a user's page goes, against the gold in {@code bench/webnews}: alternate pages (by name) are for tuning.
     */
    static List<Item> webPages() throws IOException {
        if (!Files.isDirectory(WEB_PAGES) || !Files.isDirectory(WEB_GOLD)) return List.of();
        List<Path> golds;
        try (Stream<Path> s = Files.list(WEB_GOLD)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            String name = golds.get(i).getFileName().toString().replace(".json", "");
            items.add(new Item(name, WEB_PAGES.resolve(name).resolve("source.html"), golds.get(i), i % 2 == 0));
        }
        // a later batch labelled for tuning only, so that the report half stays the pages no rule was made for
        if (Files.isDirectory(WEB_TUNE_GOLD)) {
            try (Stream<Path> s = Files.list(WEB_TUNE_GOLD)) {
                for (Path g : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    String name = g.getFileName().toString().replace(".json", "");
                    items.add(new Item(name, WEB_PAGES.resolve(name).resolve("source.html"), g, true));
                }
            }
        }
        return items;
    }

    static Score run(List<Item> items, String set, boolean verbose) throws IOException {
        Analyzer analyzer = new Analyzer();
        ArticleReader reader = new ArticleReader();
        Score total = new Score(0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Item item : items) {
            if (set.equals("tune") && !item.tune || set.equals("report") && item.tune) continue;
            JsonNode gold = new ObjectMapper().readTree(item.gold.toFile());
            Analysis a = analyzer.analyze(reader.read(item.input));
            List<String> notes = new ArrayList<>();
            Score s = score(a, actors(gold), quotes(gold), notes);
            total = total.plus(s);
            if (verbose) {
                System.out.println(item.name + "  " + s);
                notes.forEach(n -> System.out.println("  " + n));
            }
        }
        return total;
    }

    static Score score(Analysis a, List<GoldActor> goldActors, List<GoldQuote> goldQuotes, List<String> notes) {
        List<Actor> actors = a.actors();
        boolean[] used = new boolean[actors.size()];
        int matched = 0, core = 0, coreFound = 0, optional = 0;
        for (GoldActor g : goldActors) {
            if (g.optional) continue;
            if (g.core) core++;
            int hit = -1;
            for (int i = 0; i < actors.size() && hit < 0; i++) if (!used[i] && names(actors.get(i)).stream().anyMatch(n -> in(n, g.names))) hit = i;
            if (hit < 0) {
                notes.add("MISSING  " + g.names.get(0) + " (" + g.type + (g.core ? ", core" : "") + ")");
                continue;
            }
            used[hit] = true;
            matched++;
            if (g.core) coreFound++;
            if (!actors.get(hit).type().json().equals(g.type)) notes.add("TYPE     " + actors.get(hit).name() + " is " + actors.get(hit).type().json() + ", expected " + g.type);
        }
        for (GoldActor g : goldActors) {
            if (!g.optional) continue;
            optional++;
            for (int i = 0; i < actors.size(); i++) {
                if (!used[i] && names(actors.get(i)).stream().anyMatch(n -> in(n, g.names))) {
                    used[i] = true;
                    break;
                }
            }
        }
        for (int i = 0; i < actors.size(); i++) if (!used[i]) notes.add("EXTRA    " + actors.get(i).name() + " (" + actors.get(i).type().json() + ")");

        List<Quote> system = a.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT && words(q.text()).size() >= MIN_WORDS).toList();
        List<GoldQuote> wanted = goldQuotes.stream().filter(q -> words(q.text).size() >= MIN_WORDS).toList();
        // pairs by how much they share, best first, so that a short quotation inside a longer one ("What is the sea
        // telling us?") does not take the longer one from the quotation it is part of
        boolean[] taken = new boolean[system.size()];
        int[] pair = new int[wanted.size()];
        java.util.Arrays.fill(pair, -1);
        List<double[]> scored = new ArrayList<>();
        for (int g = 0; g < wanted.size(); g++) {
            for (int i = 0; i < system.size(); i++) {
                double share = share(wanted.get(g).text, system.get(i).text());
                // ties (a short quotation inside a long one shares all its words) go to the pair of like lengths
                if (share >= 0.5) scored.add(new double[]{share + likeness(wanted.get(g).text, system.get(i).text()) / 1000, g, i});
            }
        }
        scored.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
        for (double[] c : scored) {
            int g = (int) c[1], i = (int) c[2];
            if (pair[g] < 0 && !taken[i]) {
                pair[g] = i;
                taken[i] = true;
            }
        }
        int matchedQuotes = 0, speakerRight = 0;
        for (int g = 0; g < wanted.size(); g++) {
            GoldQuote gold = wanted.get(g);
            if (pair[g] < 0) {
                notes.add("QUOTE MISSED  " + shorten(gold.text));
                continue;
            }
            matchedQuotes++;
            Quote q = system.get(pair[g]);
            if (speakerRight(q, gold, goldActors, actors)) speakerRight++;
            else notes.add("SPEAKER  " + q.speaker() + " / " + q.speakerDescription() + ", expected " + gold.speaker + " | " + shorten(gold.text));
        }
        for (int i = 0; i < system.size(); i++) if (!taken[i]) notes.add("QUOTE EXTRA   " + shorten(system.get(i).text()));
        int systemCounted = actors.size();
        for (int i = 0; i < actors.size(); i++) if (used[i]) systemCounted--;
        systemCounted += matched;
        return new Score(goldActors.size() - optional, systemCounted, matched, core, coreFound, wanted.size(), system.size(), matchedQuotes, speakerRight);
    }

    private static boolean speakerRight(Quote q, GoldQuote g, List<GoldActor> goldActors, List<Actor> actors) {
        if (g.speaker == null) return q.speaker() == null;
        if (q.speaker() == null) return false;
        List<String> goldNames = goldActors.stream().filter(x -> x.names.contains(g.speaker)).findFirst()
                .map(GoldActor::names).orElse(List.of(g.speaker));
        List<String> said = new ArrayList<>(List.of(q.speaker()));
        actors.stream().filter(x -> x.id().equals(q.speakerId())).findFirst().ifPresent(x -> said.addAll(names(x)));
        return said.stream().anyMatch(n -> in(n, goldNames));
    }

    private static List<String> names(Actor x) {
        List<String> n = new ArrayList<>(List.of(x.name()));
        n.addAll(x.aliases());
        return n;
    }

    private static boolean in(String name, List<String> forms) {
        String key = ActorQualityBenchmark.comparable(name);
        return forms.stream().anyMatch(f -> ActorQualityBenchmark.comparable(f).equals(key));
    }

    /** The shorter quotation's length over the longer's, in words. */
    private static double likeness(String a, String b) {
        int x = words(a).size(), y = words(b).size();
        return Math.max(x, y) == 0 ? 0 : (double) Math.min(x, y) / Math.max(x, y);
    }

    /** The share of the shorter quotation's words that the other has too; half or more is a match. */
    private static double share(String a, String b) {
        List<String> wa = words(a), wb = words(b);
        Set<String> sb = new HashSet<>(wb);
        long common = wa.stream().filter(sb::contains).count();
        int shorter = Math.min(wa.size(), wb.size());
        return shorter == 0 ? 0 : (double) common / shorter;
    }

    private static List<String> words(String s) {
        String c = ActorQualityBenchmark.comparable(s);
        return c.isEmpty() ? List.of() : List.of(c.split(" "));
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }

    private static List<GoldActor> actors(JsonNode gold) {
        List<GoldActor> out = new ArrayList<>();
        for (JsonNode n : gold.path("actors")) {
            List<String> names = new ArrayList<>();
            n.path("names").forEach(x -> names.add(x.asText()));
            out.add(new GoldActor(names, n.path("type").asText(), n.path("core").asBoolean(), n.path("optional").asBoolean()));
        }
        return out;
    }

    private static List<GoldQuote> quotes(JsonNode gold) {
        List<GoldQuote> out = new ArrayList<>();
        for (JsonNode n : gold.path("quotes")) {
            out.add(new GoldQuote(n.path("text").asText(), n.path("speaker").isNull() ? null : n.path("speaker").asText()));
        }
        return out;
    }
}
