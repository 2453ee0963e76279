package io.dossier.analyze;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression floors for analysis of news outside US politics ({@code bench/news}, {@code bench/news2} and {@code bench/news3}, the
 * even-numbered articles that no rule was tuned on; see {@link NewsStylesBenchmark}): the figures at the time of
 * writing minus 0.01.
 */
class NewsStylesFloorTest {

    @Test
    void reportSetHoldsItsFigures() throws IOException {
        NewsStylesBenchmark.Score s = NewsStylesBenchmark.run("report", false);
        assertTrue(s.precision() >= 0.959, "actor precision " + s);
        assertTrue(s.coreRecall() >= 0.922, "core-actor recall " + s);
        assertTrue(s.quoteF1() >= 0.982, "direct-quote F1 " + s);
        assertTrue(s.speakerAccuracy() >= 0.913, "speaker accuracy " + s);
    }

    /** The second corpus of the house styles ({@code bench/news2}), its even-numbered articles that no rule was tuned on. */
    @Test
    void secondCorpusReportSetHoldsItsFigures() throws IOException {
        NewsStylesBenchmark.Score s = NewsStylesBenchmark.run(NewsStylesBenchmark.articles(NewsStylesBenchmark.DATA2), "report", false);
        assertTrue(s.precision() >= 0.899, "actor precision " + s);
        assertTrue(s.coreRecall() >= 0.901, "core-actor recall " + s);
        assertTrue(s.quoteF1() >= 0.984, "direct-quote F1 " + s);
        assertTrue(s.speakerAccuracy() >= 0.931, "speaker accuracy " + s);
    }

    /** The third corpus of the house styles ({@code bench/news3}), its even-numbered articles that no rule was tuned on. */
    @Test
    void thirdCorpusReportSetHoldsItsFigures() throws IOException {
        NewsStylesBenchmark.Score s = NewsStylesBenchmark.run(NewsStylesBenchmark.articles(NewsStylesBenchmark.DATA3), "report", false);
        assertTrue(s.precision() >= 0.946, "actor precision " + s);
        assertTrue(s.coreRecall() >= 0.947, "core-actor recall " + s);
        assertTrue(s.quoteF1() >= 0.990, "direct-quote F1 " + s);
        assertTrue(s.speakerAccuracy() >= 0.910, "speaker accuracy " + s);
    }

    /** The saved news web pages no rule was tuned on ({@code bench/webnews}); skipped where {@code ../shared} is absent. */
    @Test
    void webReportSetHoldsItsFigures() throws IOException {
        java.util.List<NewsStylesBenchmark.Item> pages = NewsStylesBenchmark.webPages();
        org.junit.jupiter.api.Assumptions.assumeFalse(pages.isEmpty(), "saved web pages not found");
        NewsStylesBenchmark.Score s = NewsStylesBenchmark.run(pages, "report", false);
        assertTrue(s.precision() >= 0.871, "actor precision " + s);
        assertTrue(s.coreRecall() >= 0.853, "core-actor recall " + s);
        assertTrue(s.quoteF1() >= 0.915, "direct-quote F1 " + s);
        assertTrue(s.speakerAccuracy() >= 0.882, "speaker accuracy " + s);
    }
}
