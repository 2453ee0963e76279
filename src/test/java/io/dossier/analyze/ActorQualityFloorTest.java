package io.dossier.analyze;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Actor quality on the hand-labelled held-out dev articles (PolNeAR text read in place, skipped when absent):
 * regression floors 0.01 below the measured figures (dev P 0.921, R 0.921, type accuracy 0.994, names compared
 * as the held-out check compares them). Dev precision was 0.931 until towns placed by their state ("Kenansville,
 * N.C.") and a dateline's town ("FLINT, Mich.") became places: two real places the dev lists, labelled before
 * datelines and towns were listed, leave out. The blind third train batch ({@code train-fresh2}), which marks core
 * actors, gets floors too.
 */
class ActorQualityFloorTest {

    /** The scores of one batch, the test skipped when the PolNeAR texts it reads are absent. */
    private static ActorQualityBenchmark.Score scored(String batch, String split) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(ActorQualityBenchmark.DATA.resolve(split)),
                "PolNeAR data not found at " + ActorQualityBenchmark.DATA.toAbsolutePath());
        return ActorQualityBenchmark.run(batch, false);
    }

    @Test
    void devActors() throws Exception {
        ActorQualityBenchmark.Score dev = scored("dev", "dev");
        assertTrue(dev.precision() >= 0.911, "dev actor precision " + dev.precision());
        assertTrue(dev.recall() >= 0.911, "dev actor recall " + dev.recall());
        assertTrue(dev.typeAccuracy() >= 0.984, "dev actor type accuracy " + dev.typeAccuracy());
    }

    @Test
    void freshTrainActors() throws Exception {
        ActorQualityBenchmark.Score fresh = scored("train-fresh2", "train");
        assertTrue(fresh.precision() >= 0.929, "fresh actor precision " + fresh.precision());
        assertTrue(fresh.recall() >= 0.900, "fresh actor recall " + fresh.recall());
        assertTrue(fresh.coreRecall() >= 0.945, "fresh core-actor recall " + fresh.coreRecall());
    }
}
