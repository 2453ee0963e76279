package io.dossier.analyze.text;

import opennlp.tools.postag.POSModel;

import java.util.function.Supplier;

/**
 * The OpenNLP UD-EWT part-of-speech tagger from Maven Central, used through {@link Document} (which
 * splits sentences and tokens by rule, so OpenNLP's sentence and token models are not shipped). The
 * model is loaded once per process (it is thread-safe); the ME wrapper is not, so each thread gets its own.
 */
public final class Language {

    private static final class Pos {
        static final POSModel MODEL = posModel();
    }

    /** The compact form the build writes ({@link CompactModels}); the original model is not in the jar. */
    private static POSModel posModel() {
        return CompactModels.readPos(io.dossier.Bundled.read(io.dossier.Bundled.MODELS, CompactModels.FOLDER, CompactModels.POS));
    }

    // Instances built ahead by preload(); the first thread to need one waits for it and takes it.
    private static final Spare<GreedyTagger> SPARE_TAGGER = new Spare<>();

    /** Each thread's own ME wrapper (it is not thread-safe); a holder, so preload() need not create it. */
    private static final class Local {
        static final ThreadLocal<GreedyTagger> TAGGER =
                ThreadLocal.withInitial(() -> SPARE_TAGGER.takeOr(() -> new GreedyTagger(Pos.MODEL)));
    }

    /**
     * One instance made ahead on the preload thread, for the first thread that asks. A plain
     * monitor: the preload is started before anything else in a one-shot run, when every class
     * initialised on the main thread (a CompletableFuture's, say) delays the helper threads.
     */
    private static final class Spare<T> {
        private boolean promised;
        private boolean taken;
        private boolean done;
        private T made;

        /** Called by preload before it starts making the instance. */
        synchronized void promise() {
            promised = true;
        }

        void make(Supplier<T> make) {
            T value = null;
            try {
                value = make.get();
            } catch (RuntimeException | Error e) {
                // the thread that takes it builds one itself, which reports the real error
            }
            synchronized (this) {
                made = value;
                done = true;
                notifyAll();
            }
        }

        T takeOr(Supplier<T> make) {
            synchronized (this) {
                if (promised && !taken) {
                    taken = true;
                    boolean interrupted = false;
                    while (!done) { // rather than build a second one while the first is nearly done
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (interrupted) Thread.currentThread().interrupt();
                    if (made != null) return made;
                }
            }
            return make.get();
        }
    }

    /**
     * Starts loading the part-of-speech model (the tagger is made ready for
     * the first thread that asks), the gazetteers and the word lists on another thread, so they overlap with
     * reading the article; then runs {@code andThen} (if not null) on that thread.
     */
    public static void preload(Runnable andThen) {
        SPARE_TAGGER.promise();
        Thread t = new Thread(new Preload(andThen), "dossier-models");
        t.setDaemon(true);
        t.start();
    }

    /** A class rather than a lambda: the first lambda of a run costs its bootstrap, and this runs first. */
    private static final class Preload implements Runnable {
        private final Runnable andThen;

        Preload(Runnable andThen) {
            this.andThen = andThen;
        }

        @Override
        public void run() {
            SPARE_TAGGER.make(() -> new GreedyTagger(Pos.MODEL));
            io.dossier.Trace.mark("pos loaded");
            Gazetteer.get();
            io.dossier.Trace.mark("gazetteer loaded");
            Lexicon.preload();
            io.dossier.Trace.mark("lexicon loaded");
            if (andThen != null) andThen.run();
        }
    }

    private Language() {
    }

    /** Universal POS tags (NOUN, PROPN, VERB, ...) for the given tokens. */
    public static String[] tags(String[] tokens) {
        return Local.TAGGER.get().tag(tokens);
    }
}
