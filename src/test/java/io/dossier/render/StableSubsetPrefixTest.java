package io.dossier.render;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * A font's subset name is the same six letters however the documents that write it at once (a
 * batch, the parts of a book) take their turns: a name asked for on one thread while another thread
 * is half-way through its own gets the same letters as one asked for alone.
 */
class StableSubsetPrefixTest {

    @Test
    void aNameAskedForWhileAnotherThreadTakesItsLettersIsTheSame() {
        double[] alone = letters(new StableSubsetPrefix("DejaVuSerif.ttf"), 6);
        StableSubsetPrefix shared = new StableSubsetPrefix("DejaVuSerif.ttf");
        double[] interrupted = new double[6];
        for (int i = 0; i < 3; i++) interrupted[i] = shared.nextDouble();
        double[] other = CompletableFuture.supplyAsync(() -> letters(shared, 6), r -> new Thread(r).start()).join();
        for (int i = 3; i < 6; i++) interrupted[i] = shared.nextDouble();
        assertArrayEquals(alone, interrupted);
        assertArrayEquals(alone, other);
    }

    private static double[] letters(StableSubsetPrefix random, int n) {
        double[] letters = new double[n];
        for (int i = 0; i < n; i++) letters[i] = random.nextDouble();
        return letters;
    }
}
