package io.dossier.analyze.text;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The OpenNLP UD-EWT models shipped on Maven Central: analysis uses the part-of-speech tagger
 * (through {@link Document}); the sentence and token models remain for comparisons and the
 * compact-model checks. Models are loaded once per process (they are thread-safe); the ME
 * wrappers are not, so each thread gets its own.
 */
public final class Language {

    // One holder per model, so a thread that needs only sentences never waits for the
    // (much larger) part-of-speech model another thread is still loading.
    private static final class Sentences {
        static final SentenceModel MODEL = sentenceModel();
    }

    private static SentenceModel sentenceModel() {
        byte[] compact = compact(CompactModels.SENTENCES);
        return compact != null ? CompactModels.readSentences(compact) : load(SENTENCE_MODEL, SentenceModel::new);
    }

    private static final class Tokens {
        static final TokenizerModel MODEL = tokenModel();
    }

    private static final class Pos {
        static final POSModel MODEL = posModel();
    }

    private static TokenizerModel tokenModel() {
        byte[] compact = compact(CompactModels.TOKENS);
        return compact != null ? CompactModels.readTokens(compact) : load(TOKEN_MODEL, TokenizerModel::new);
    }

    private static POSModel posModel() {
        byte[] compact = compact(CompactModels.POS);
        return compact != null ? CompactModels.readPos(compact) : load(POS_MODEL, POSModel::new);
    }

    /** The OpenNLP models; the build also writes them as {@link CompactModels}. */
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    /** The compact form of a model, or null before the build has written it. */
    private static byte[] compact(String name) {
        return io.dossier.Bundled.readIfPresent(io.dossier.Bundled.MODELS, CompactModels.FOLDER, name);
    }

    // Instances built ahead by preload(); the first thread to need one waits for it and takes it.
    private static final Spare<SentenceDetectorME> SPARE_DETECTOR = new Spare<>();
    private static final Spare<TokenizerME> SPARE_TOKENIZER = new Spare<>();
    private static final Spare<POSTaggerME> SPARE_TAGGER = new Spare<>();

    /** Each thread's own ME wrappers (they are not thread-safe); a holder, so preload() need not create them. */
    private static final class Local {
        static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
                ThreadLocal.withInitial(() -> SPARE_DETECTOR.takeOr(() -> new SentenceDetectorME(Sentences.MODEL)));
        static final ThreadLocal<TokenizerME> TOKENIZER =
                ThreadLocal.withInitial(() -> SPARE_TOKENIZER.takeOr(() -> new TokenizerME(Tokens.MODEL)));
        static final ThreadLocal<POSTaggerME> TAGGER =
                ThreadLocal.withInitial(() -> SPARE_TAGGER.takeOr(() -> new POSTaggerME(Pos.MODEL)));
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
     * the first thread that asks) and the gazetteers on another thread, so they overlap with
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
            SPARE_TAGGER.make(() -> new POSTaggerME(Pos.MODEL));
            io.dossier.Trace.mark("pos loaded");
            Gazetteer.get();
            io.dossier.Trace.mark("gazetteer loaded");
            if (andThen != null) andThen.run();
        }
    }

    private Language() {
    }

    /**
     * Sentence spans (character offsets into {@code text}) from the OpenNLP model. Analysis splits sentences by
     * rule instead ({@link Document}), so a quote and its cue stay together; this remains for comparisons.
     */
    public static Span[] sentences(String text) {
        return Local.SENTENCE_DETECTOR.get().sentPosDetect(text);
    }

    /** Token spans (character offsets into {@code text}) from the OpenNLP model; analysis uses {@link Tokenizer}. */
    public static Span[] tokens(String text) {
        return Local.TOKENIZER.get().tokenizePos(text);
    }

    /** Universal POS tags (NOUN, PROPN, VERB, ...) for the given tokens. */
    public static String[] tags(String[] tokens) {
        return Local.TAGGER.get().tag(tokens);
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = Language.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model missing from the classpath: " + resource);
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
