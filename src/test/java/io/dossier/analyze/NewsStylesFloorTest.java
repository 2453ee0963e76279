package io.dossier.analyze;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression floors for analysis of news outside US politics ({@code bench/news} to {@code bench/news5}, the
 * even-numbered articles that no rule was tuned on; see {@link NewsStylesBenchmark}): the figures at the time of
 * writing minus 0.01.
 */
class NewsStylesFloorTest {

    @Test
    void reportSetHoldsItsFigures() throws IOException {
        NewsStylesBenchmark.Score s = NewsStylesBenchmark.run("report", false);
        holds(s, 0.967, 0.935, 0.982, 0.944);
    }

    /** The second corpus of the house styles ({@code bench/news2}), its even-numbered articles that no rule was tuned on. */
    @Test
    void secondCorpusReportSetHoldsItsFigures() throws IOException {
        NewsStylesBenchmark.Score s = NewsStylesBenchmark.run(NewsStylesBenchmark.articles(NewsStylesBenchmark.DATA2), "report", false);
        holds(s, 0.916, 0.934, 0.984, 0.931);
    }

    /** The third corpus of the house styles ({@code bench/news3}), its even-numbered articles that no rule was tuned on. */
    @Test
    void thirdCorpusReportSetHoldsItsFigures() throws IOException {
        NewsStylesBenchmark.Score s = NewsStylesBenchmark.run(NewsStylesBenchmark.articles(NewsStylesBenchmark.DATA3), "report", false);
        holds(s, 0.960, 0.957, 0.990, 0.910);
    }

    /** The fourth corpus of the house styles ({@code bench/news4}), its even-numbered articles that no rule was tuned on. */
    @Test
    void fourthCorpusReportSetHoldsItsFigures() throws IOException {
        NewsStylesBenchmark.Score s = NewsStylesBenchmark.run(NewsStylesBenchmark.articles(NewsStylesBenchmark.DATA4), "report", false);
        holds(s, 0.942, 0.908, 0.990, 0.899);
    }

    /** The fifth corpus of the house styles ({@code bench/news5}), its even-numbered articles that no rule was tuned on. */
    @Test
    void fifthCorpusReportSetHoldsItsFigures() throws IOException {
        NewsStylesBenchmark.Score s = NewsStylesBenchmark.run(NewsStylesBenchmark.articles(NewsStylesBenchmark.DATA5), "report", false);
        holds(s, 0.910, 0.943, 0.990, 0.939);
    }

    /** The saved news web pages no rule was tuned on ({@code bench/webnews}); skipped where {@code ../shared} is absent. */
    @Test
    void webReportSetHoldsItsFigures() throws IOException {
        java.util.List<NewsStylesBenchmark.Item> pages = NewsStylesBenchmark.webPages();
        org.junit.jupiter.api.Assumptions.assumeFalse(pages.isEmpty(), "saved web pages not found");
        NewsStylesBenchmark.Score s = NewsStylesBenchmark.run(pages, "report", false);
        holds(s, 0.868, 0.872, 0.915, 0.904);
    }

    /** The four figures at or above their floors (precision, core-actor recall, direct-quote F1, speaker accuracy). */
    private static void holds(NewsStylesBenchmark.Score s, double precision, double coreRecall, double quoteF1, double speakers) {
        assertTrue(s.precision() >= precision, "actor precision " + s);
        assertTrue(s.coreRecall() >= coreRecall, "core-actor recall " + s);
        assertTrue(s.quoteF1() >= quoteF1, "direct-quote F1 " + s);
        assertTrue(s.speakerAccuracy() >= speakers, "speaker accuracy " + s);
    }
}
