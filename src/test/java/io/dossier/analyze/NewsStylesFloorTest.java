package io.dossier.analyze;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression floors for analysis of news outside US politics ({@code bench/news} to {@code bench/news8}, the
 * even-numbered articles that no rule was tuned on, and the saved news web pages no rule was tuned on; see
 * {@link NewsStylesBenchmark}): the figures at the time of writing minus 0.01.
 */
class NewsStylesFloorTest {

    /**
     * One report half and its floors: actor precision, core-actor recall, direct-quote F1, speaker accuracy.
     * {@code corpus} is a house-style corpus's folder, or null for the saved web pages.
     */
    record Floors(String name, Path corpus, double precision, double coreRecall, double quoteF1, double speakers) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Floors> reportHalves() {
        return List.of(
                new Floors("news", NewsStylesBenchmark.DATA, 0.968, 0.935, 0.982, 0.944),
                new Floors("news2", NewsStylesBenchmark.DATA2, 0.930, 0.946, 0.984, 0.943),
                new Floors("news3", NewsStylesBenchmark.DATA3, 0.966, 0.968, 0.990, 0.933),
                new Floors("news4", NewsStylesBenchmark.DATA4, 0.938, 0.908, 0.990, 0.899),
                new Floors("news5", NewsStylesBenchmark.DATA5, 0.923, 0.943, 0.990, 0.970),
                new Floors("news6", NewsStylesBenchmark.DATA6, 0.908, 0.879, 0.985, 0.942),
                new Floors("news7", NewsStylesBenchmark.DATA7, 0.915, 0.891, 0.977, 0.905),
                new Floors("news8", NewsStylesBenchmark.DATA8, 0.963, 0.957, 0.976, 0.932),
                // the saved pages live in ../shared: skipped where it is absent
                new Floors("web pages", null, 0.864, 0.892, 0.915, 0.915));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportHalves")
    void reportHalfHoldsItsFigures(Floors f) throws IOException {
        List<NewsStylesBenchmark.Item> items = f.corpus() == null ? NewsStylesBenchmark.webPages()
                : NewsStylesBenchmark.articles(f.corpus());
        if (f.corpus() == null) Assumptions.assumeFalse(items.isEmpty(), "saved web pages not found");
        NewsStylesBenchmark.Score s = NewsStylesBenchmark.run(items, "report", false);
        assertTrue(s.precision() >= f.precision(), "actor precision " + s);
        assertTrue(s.coreRecall() >= f.coreRecall(), "core-actor recall " + s);
        assertTrue(s.quoteF1() >= f.quoteF1(), "direct-quote F1 " + s);
        assertTrue(s.speakerAccuracy() >= f.speakers(), "speaker accuracy " + s);
    }
}
