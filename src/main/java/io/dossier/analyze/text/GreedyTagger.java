package io.dossier.analyze.text;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * Part-of-speech tagging left to right, each word's most probable tag given the words around it and the tags
 * already chosen. That is what OpenNLP's {@code POSTaggerME} computes with a beam of one (our model's beam, see
 * {@link CompactModels}), without the beam's machinery: per word it sorts the outcomes, wraps each step in
 * sequence objects and copies the history, which on a long text is a fifth of the tagging time. The tagger has no
 * tag dictionary, so every outcome is allowed and the most probable one is the beam's choice.
 *
 * <p>Not thread-safe (the context generator caches the features of the current sentence): one per thread.
 */
final class GreedyTagger {

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final double[] probabilities;

    GreedyTagger(POSModel pos) {
        this.model = pos.getArtifact("pos.model");
        this.contexts = pos.getFactory().getPOSContextGenerator(1);
        this.probabilities = new double[model.getNumOutcomes()];
    }

    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            double[] p = model.eval(contexts.getContext(i, words, tags, null), probabilities);
            int best = 0;
            for (int o = 1; o < p.length; o++) if (p[o] > p[best]) best = o;
            tags[i] = model.getOutcome(best);
        }
        return tags;
    }
}
