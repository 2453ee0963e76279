package io.dossier.bench;

import io.dossier.DossierRenderer;
import io.dossier.analyze.Analyzer;
import io.dossier.compose.ComposeOptions;
import io.dossier.ingest.ArticleReader;
import io.dossier.model.Analysis;
import io.dossier.model.Article;
import io.dossier.render.TemplateEngine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Warm-JVM benchmark of the sample dossier: time per dossier with a phase split (analysis,
 * compose + charts, template, layout, PDF writing, finishing), then dossiers per second with
 * N threads. Run by {@code bench/run}; not a test.
 *
 * <pre>java -cp target/dossier.jar:target/test-classes io.dossier.bench.DossierBenchmark [ARTICLE] [--warmup S] [--measure S] [--threads N]</pre>
 */
public final class DossierBenchmark {

    /** As the command line makes it by default: PDF/A-2b. */
    private static final io.dossier.finish.PdfFinisher.Archive ARCHIVE = io.dossier.finish.PdfFinisher.Archive.PDFA;

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<String> a = Arrays.asList(args);
        Path input = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "samples/cairo-talks.txt");
        double warmup = option(a, "--warmup", 8);
        double measure = option(a, "--measure", 8);
        int threads = (int) option(a, "--threads", 2);

        Article article = new ArticleReader().read(input);
        Analyzer analyzer = new Analyzer();
        DossierRenderer renderer = new DossierRenderer(new TemplateEngine());
        ComposeOptions options = ComposeOptions.defaults();

        long until = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < until) renderer.render(analyzer.analyze(article), options, ARCHIVE);

        List<long[]> samples = new ArrayList<>();
        until = System.nanoTime() + (long) (measure * 1e9);
        int size = 0;
        while (System.nanoTime() < until) {
            long t0 = System.nanoTime();
            Analysis analysis = analyzer.analyze(article);
            long t1 = System.nanoTime();
            DossierRenderer.Rendered r = renderer.render(analysis, options, ARCHIVE);
            long t2 = System.nanoTime();
            var t = r.timings();
            samples.add(new long[]{t1 - t0, t.compose(), t.template(), t.layout(), t.write(), t.finish(), t2 - t0});
            size = r.pdf().length;
        }
        String[] names = {"analyze", "compose+charts", "template", "layout", "pdf writing", "finishing", "total"};
        System.out.printf(Locale.ROOT, "warm, one thread: %d dossiers of %s (%d KB)%n", samples.size(), input.getFileName(), size / 1024);
        System.out.printf(Locale.ROOT, "  %-16s %9s %9s%n", "phase", "median ms", "mean ms");
        for (int i = 0; i < names.length; i++) {
            final int k = i;
            long[] v = samples.stream().mapToLong(s -> s[k]).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-16s %9.1f %9.1f%n", names[i], v[v.length / 2] / 1e6,
                    Arrays.stream(v).average().orElse(0) / 1e6);
        }

        analysisOfAThousandWords(analyzer, warmup, measure);

        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                while (!stop.get()) {
                    renderer.render(analyzer.analyze(article), options, ARCHIVE);
                    done.incrementAndGet();
                }
            }));
        }
        Thread.sleep((long) (Math.min(warmup, 3) * 1000));
        int before = done.get();
        long t0 = System.nanoTime();
        Thread.sleep((long) (measure * 1000));
        int count = done.get() - before;
        double seconds = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        for (Future<?> f : workers) f.get();
        pool.shutdown();
        System.out.printf(Locale.ROOT, "throughput, %d threads: %.1f dossiers/s (%d in %.1f s; analysis included)%n",
                threads, count / seconds, count, seconds);
    }

    /** Issue budget: a 1,000-word article analyzed in under 50 ms in a warm JVM. */
    private static void analysisOfAThousandWords(Analyzer analyzer, double warmup, double measure) {
        List<String> paragraphs = new ArrayList<>();
        int words = 0;
        List<String> base = io.dossier.Fixtures.sampleParagraphs();
        for (int i = 0; words < 1000; i++) {
            String p = base.get(i % base.size());
            paragraphs.add(p);
            words += p.split("\\s+").length;
        }
        Article article = new Article("A thousand words", null, "2024-11-27", null, null, paragraphs);
        long until = System.nanoTime() + (long) (Math.min(warmup, 4) * 1e9);
        while (System.nanoTime() < until) analyzer.analyze(article);
        List<Long> times = new ArrayList<>();
        until = System.nanoTime() + (long) (Math.min(measure, 4) * 1e9);
        while (System.nanoTime() < until) {
            long t0 = System.nanoTime();
            analyzer.analyze(article);
            times.add(System.nanoTime() - t0);
        }
        times.sort(null);
        System.out.printf(Locale.ROOT, "analysis of a %d-word article: median %.1f ms, p90 %.1f ms (%d runs)%n",
                article.wordCount(), times.get(times.size() / 2) / 1e6, times.get(times.size() * 9 / 10) / 1e6, times.size());
    }

    private static double option(List<String> args, String name, double fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Double.parseDouble(args.get(i + 1)) : fallback;
    }
}
