package io.dossier.cli;

import io.dossier.model.Analysis;
import io.dossier.model.Article;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A briefing book's articles analysed several at a time: one thread per processor at most (the
 * calling thread is one of them), the analyses in the articles' order. Analysis is independent
 * per article ({@code Analyzer} keeps no state between calls; the shared word lists and models
 * are read-only and each thread gets its own tagger), so only the order needs keeping.
 * <p>
 * A failure stops the taking of further articles; the one reported is the first failing article
 * in input order, as one after another would report it: articles are taken in order, so every
 * earlier one has been taken, and is finished, by the time the workers have stopped.
 */
final class ParallelAnalysis {

    /** The analysis of one article, {@code index} being its place in the list. */
    interface Work {
        Analysis analyze(int index, Article article);
    }

    private ParallelAnalysis() {
    }

    static List<Analysis> of(List<Article> articles, Work work) {
        int threads = Math.min(articles.size(), Runtime.getRuntime().availableProcessors());
        Analysis[] analyses = new Analysis[articles.size()];
        if (threads <= 1) { // one article (a dossier), or one processor
            for (int i = 0; i < analyses.length; i++) analyses[i] = work.analyze(i, articles.get(i));
            return List.of(analyses);
        }
        Throwable[] failures = new Throwable[articles.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Runnable worker = () -> {
            for (int i; !failed.get() && (i = next.getAndIncrement()) < articles.size(); ) {
                try {
                    analyses[i] = work.analyze(i, articles.get(i));
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                    failed.set(true);
                }
            }
        };
        Thread[] helpers = new Thread[threads - 1];
        for (int k = 0; k < helpers.length; k++) {
            helpers[k] = new Thread(worker, "dossier-analysis-" + (k + 1));
            helpers[k].setDaemon(true);
            helpers[k].start();
        }
        worker.run();
        for (Thread t : helpers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        for (Throwable t : failures) {
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error e) throw e;
        }
        return List.of(analyses);
    }
}
