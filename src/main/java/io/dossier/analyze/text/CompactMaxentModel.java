package io.dossier.analyze.text;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A maximum-entropy model evaluated straight from the arrays {@link CompactModels} reads: a
 * hash table of the predicates (built at build time), each predicate's outcome pattern and the
 * offset of its weights. OpenNLP's {@code GISModel} would first turn every predicate into a
 * {@code Context} object and a hash-map entry — tens of thousands of them — before it can tag
 * one word, and a one-shot run waits for that. Predicate names are decoded only when a lookup
 * meets them.
 *
 * <p>{@link #eval(String[], float[], double[])} is {@code GISModel}'s computation, step for step
 * (uniform prior, sums in context order, {@link StrictMath#exp}), so probabilities are equal to
 * the last bit.
 */
final class CompactMaxentModel extends AbstractModel {

    private final int[] slots;      // open addressing: predicate index + 1, 0 = empty
    private final int mask;
    private final int[] hashes;     // String.hashCode() of each predicate name
    private final byte[] names;     // UTF-8 names, predicate p at nameAt[p] .. nameAt[p + 1]
    private final int[] nameAt;
    private final String[] decoded; // names decoded so far (a race only decodes one twice)
    private final int[][] patterns; // outcome indexes shared by predicates
    private final int[] patternOf;
    private final int[] weightAt;
    private final double[] weights;
    private final double uniformLogPrior;

    CompactMaxentModel(String[] outcomes, int[][] patterns, int[] patternOf, int[] weightAt, double[] weights,
                       byte[] names, int[] nameAt, int[] hashes, int[] slots) {
        super(new Context[0], new String[0], Map.of(), outcomes);
        this.modelType = ModelType.Maxent;
        this.patterns = patterns;
        this.patternOf = patternOf;
        this.weightAt = weightAt;
        this.weights = weights;
        this.names = names;
        this.nameAt = nameAt;
        this.hashes = hashes;
        this.slots = slots;
        this.mask = slots.length - 1;
        this.decoded = new String[patternOf.length];
        this.uniformLogPrior = StrictMath.log(1.0 / outcomes.length);
    }

    /** The slot a name with this hash code is first looked for in (the build uses the same). */
    static int firstSlot(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    /** The predicate's index, or -1 when the model does not know it. */
    int predicate(String name) {
        int hash = name.hashCode();
        for (int i = firstSlot(hash, mask), p; (p = slots[i]) != 0; i = (i + 1) & mask) {
            p--;
            if (hashes[p] == hash && name(p).equals(name)) return p;
        }
        return -1;
    }

    private String name(int p) {
        String s = decoded[p];
        if (s == null) {
            s = new String(names, nameAt[p], nameAt[p + 1] - nameAt[p], StandardCharsets.UTF_8);
            decoded[p] = s;
        }
        return s;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, null, new double[getNumOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return eval(context, null, probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context, values, new double[getNumOutcomes()]);
    }

    /** GISModel.eval: uniform log prior, the features' weights summed, then exp and normalised. */
    public double[] eval(String[] context, float[] values, double[] outsums) {
        int outcomes = getNumOutcomes();
        for (int o = 0; o < outcomes; o++) outsums[o] = uniformLogPrior;
        for (int ci = 0; ci < context.length; ci++) {
            int p = predicate(context[ci]);
            if (p < 0) continue;
            int[] active = patterns[patternOf[p]];
            int w = weightAt[p];
            double value = values == null ? 1 : values[ci];
            for (int a = 0; a < active.length; a++) outsums[active[a]] += weights[w + a] * value;
        }
        double normal = 0;
        for (int o = 0; o < outcomes; o++) {
            outsums[o] = StrictMath.exp(outsums[o]);
            normal += outsums[o];
        }
        for (int o = 0; o < outcomes; o++) outsums[o] /= normal;
        return outsums;
    }
}
