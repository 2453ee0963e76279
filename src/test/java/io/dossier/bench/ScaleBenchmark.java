package io.dossier.bench;

import io.dossier.analyze.Analyzer;
import io.dossier.model.Analysis;
import io.dossier.model.Article;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How analysis time and memory grow with the text: the sample's paragraphs repeated to 1k, 10k, 100k and 1M
 * words, then the pathological shapes of {@link Shapes}. For each: wall time of one analysis (after a warm-up on
 * the 1k-word article; the median of repeated runs for inputs analyzed in under 0.2 s), peak heap during the
 * first run and both per word. Run by {@code bench/scale}; not a test.
 *
 * <pre>java -Xmx512m -cp target/dossier.jar:target/test-classes io.dossier.bench.ScaleBenchmark [--only NAME]</pre>
 */
public final class ScaleBenchmark {

    public static void main(String[] args) {
        String only = args.length > 1 && args[0].equals("--only") ? args[1] : null;
        Analyzer analyzer = new Analyzer();
        List<String> base = io.dossier.Fixtures.sampleParagraphs();
        Article warm = Shapes.ofWords(base, 1_000);
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until) analyzer.analyze(warm);

        List<Shapes.Shape> shapes = new ArrayList<>();
        for (int words : new int[] {1_000, 10_000, 100_000, 1_000_000}) {
            shapes.add(new Shapes.Shape(String.format(Locale.ROOT, "%,d words", words), Shapes.ofWords(base, words)));
        }
        shapes.addAll(Shapes.pathological(base));
        System.out.printf(Locale.ROOT, "%-40s %10s %10s %9s %10s %9s %7s %7s%n", "shape", "words", "chars", "ms",
                "µs/word", "peak MB", "B/word", "actors");
        for (Shapes.Shape s : shapes) {
            if (only != null && !s.name().contains(only)) continue;
            int words = s.article().wordCount();
            int chars = s.article().text().length();
            System.gc();
            resetPeaks();
            long base0 = heapUsed();
            long t0 = System.nanoTime();
            Analysis a = analyzer.analyze(s.article());
            long first = System.nanoTime() - t0;
            long peak = Math.max(0, peakHeap() - base0);
            // small inputs: the median of repeated runs (for up to two seconds), as one run is within timer noise
            List<Long> times = new ArrayList<>(List.of(first));
            long stop = System.nanoTime() + 2_000_000_000L;
            while (first < 200_000_000L && System.nanoTime() < stop) {
                long t1 = System.nanoTime();
                analyzer.analyze(s.article());
                times.add(System.nanoTime() - t1);
            }
            times.sort(null);
            long nanos = times.get(times.size() / 2);
            System.out.printf(Locale.ROOT, "%-40s %,10d %,10d %9.1f %10.2f %9.1f %7d %7d%n", s.name(), words, chars,
                    nanos / 1e6, nanos / 1e3 / words, peak / 1e6, peak / words, a.actors().size());
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : heapPools()) p.resetPeakUsage();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The sum of each heap pool's peak: an upper bound on the heap in use at any one moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : heapPools()) sum += p.getPeakUsage().getUsed();
        return sum;
    }
}
