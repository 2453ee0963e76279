package io.dossier.analyze.text;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The OpenNLP part-of-speech model in a form that loads in a fraction of the time: the same maximum-entropy weights, written at build time as blocks of ints, names and
 * doubles together with the predicates' hash table, so that loading is a few bulk reads instead
 * of a {@code readUTF}/{@code readDouble} per value and an object and map entry per predicate.
 * A one-shot {@code dossier build} waits for this model before it can analyse. (Analysis splits
 * sentences and tokens by rule, so OpenNLP's sentence and token models are not used.)
 *
 * <p>{@code CompactModelWriter} (a build tool, {@code src/build/java}) writes it in {@code process-classes}; {@link #readPos}
 * turns it into an OpenNLP model ({@link CompactMaxentModel}) whose probabilities equal the original's. The build also sets the tagger's beam from 3 to 1: on the 77,000 tokens of
 * PolNeAR's dev articles greedy tagging gives exactly the beam's tags, in about half the time.
 */
public final class CompactModels {

    /** Where the build puts the compact models, on the classpath. */
    static final String FOLDER = "models";
    static final String POS = "pos-en.bin";
    /** The OpenNLP model the compact one is written from (the build's and the tests' classpath only, not the jar's). */
    static final String SOURCE_POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final int MAGIC = 0x444F5332; // "DOS2"

    private CompactModels() {
    }

    /** The part-of-speech model from its compact form. */
    static POSModel readPos(byte[] compact) {
        Compact c = read(compact);
        Map<String, String> manifest = new HashMap<>();
        manifest.put("BeamSize", Integer.toString(c.beamSize()));
        return new POSModel("en", c.model(), c.beamSize(), manifest, new POSTaggerFactory(c.extra(), new HashMap<>(), null));
    }

    private record Compact(CompactMaxentModel model, int beamSize, byte[] extra) {
    }

    private static Compact read(byte[] all) {
        ByteBuffer b = ByteBuffer.wrap(all);
        if (b.getInt() != MAGIC) throw new IllegalStateException("not a compact model (rebuild: ./mvnw package)");
        int beamSize = b.getInt();
        byte[] extra = new byte[b.getInt()];
        b.get(extra);
        String[] outcomes = new String[b.getInt()];
        for (int i = 0; i < outcomes.length; i++) outcomes[i] = readString(all, b);
        int[][] patterns = new int[b.getInt()][];
        for (int i = 0; i < patterns.length; i++) patterns[i] = readInts(b);
        int[] patternOf = readInts(b);
        int[] nameAt = readInts(b);
        int[] hashes = readInts(b);
        int[] slots = readInts(b);
        byte[] names = new byte[b.getInt()];
        b.get(names);
        double[] weights = new double[b.getInt()];
        b.asDoubleBuffer().get(weights);
        int[] weightAt = new int[patternOf.length];
        for (int i = 0, w = 0; i < patternOf.length; i++) {
            weightAt[i] = w;
            w += patterns[patternOf[i]].length;
        }
        return new Compact(new CompactMaxentModel(outcomes, patterns, patternOf, weightAt, weights, names, nameAt, hashes, slots),
                beamSize, extra);
    }

    private static int[] readInts(ByteBuffer b) {
        int[] values = new int[b.getInt()];
        b.asIntBuffer().get(values);
        b.position(b.position() + 4 * values.length);
        return values;
    }

    private static String readString(byte[] all, ByteBuffer b) {
        int length = b.getInt();
        String s = new String(all, b.position(), length, StandardCharsets.UTF_8);
        b.position(b.position() + length);
        return s;
    }
}
