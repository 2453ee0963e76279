package io.dossier.analyze;

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
 * The English language layer: sentences, tokens and part-of-speech tags from the Apache
 * OpenNLP UD-EWT models shipped on Maven Central. Models are loaded once per process
 * (they are thread-safe); the ME wrappers are not, so each thread gets its own.
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

    private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
            ThreadLocal.withInitial(() -> SPARE_DETECTOR.takeOr(() -> new SentenceDetectorME(Sentences.MODEL)));
    private static final ThreadLocal<TokenizerME> TOKENIZER =
            ThreadLocal.withInitial(() -> SPARE_TOKENIZER.takeOr(() -> new TokenizerME(Tokens.MODEL)));
    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> SPARE_TAGGER.takeOr(() -> new POSTaggerME(Pos.MODEL)));

    /** One instance made ahead on the preload thread, for the first thread that asks. */
    private static final class Spare<T> {
        private final java.util.concurrent.CompletableFuture<T> made = new java.util.concurrent.CompletableFuture<>();
        private final java.util.concurrent.atomic.AtomicBoolean promised = new java.util.concurrent.atomic.AtomicBoolean();
        private final java.util.concurrent.atomic.AtomicBoolean taken = new java.util.concurrent.atomic.AtomicBoolean();

        /** Called by preload before it starts making the instance. */
        void promise() {
            promised.set(true);
        }

        void make(Supplier<T> make) {
            try {
                made.complete(make.get());
            } catch (RuntimeException | Error e) {
                made.completeExceptionally(e);
            }
        }

        T takeOr(Supplier<T> make) {
            if (promised.get() && !taken.getAndSet(true)) {
                try {
                    return made.join(); // rather than build a second one while the first is nearly done
                } catch (RuntimeException e) {
                    // the preload failed: build one here, which reports the real error
                }
            }
            return make.get();
        }
    }

    /**
     * Starts loading the models (the sentence detector, tokenizer and tagger are made ready for
     * the first thread that asks) and the gazetteers on another thread, so they overlap with
     * reading the article; then runs {@code andThen} on that thread.
     */
    public static void preload(Runnable andThen) {
        SPARE_DETECTOR.promise();
        SPARE_TOKENIZER.promise();
        SPARE_TAGGER.promise();
        Thread t = new Thread(() -> {
            SPARE_DETECTOR.make(() -> new SentenceDetectorME(Sentences.MODEL));
            SPARE_TOKENIZER.make(() -> new TokenizerME(Tokens.MODEL));
            SPARE_TAGGER.make(() -> new POSTaggerME(Pos.MODEL));
            io.dossier.Trace.mark("pos loaded");
            Gazetteer.get();
            io.dossier.Trace.mark("gazetteer loaded");
            andThen.run();
        }, "dossier-models");
        t.setDaemon(true);
        t.start();
    }

    private Language() {
    }

    /** Sentence spans (character offsets into {@code text}). */
    public static Span[] sentences(String text) {
        return SENTENCE_DETECTOR.get().sentPosDetect(text);
    }

    /** Token spans (character offsets into {@code text}). */
    public static Span[] tokens(String text) {
        return TOKENIZER.get().tokenizePos(text);
    }

    /** Universal POS tags (NOUN, PROPN, VERB, ...) for the given tokens. */
    public static String[] tags(String[] tokens) {
        return TAGGER.get().tag(tokens);
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
