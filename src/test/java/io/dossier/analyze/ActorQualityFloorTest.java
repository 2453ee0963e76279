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

    @Test
    void devActors() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(ActorQualityBenchmark.DATA.resolve("dev")),
                "PolNeAR data not found at " + ActorQualityBenchmark.DATA.toAbsolutePath());
        ActorQualityBenchmark.Score dev = ActorQualityBenchmark.run("dev", false);
        assertTrue(dev.precision() >= 0.911, "dev actor precision " + dev.precision());
        assertTrue(dev.recall() >= 0.911, "dev actor recall " + dev.recall());
        assertTrue(dev.typeAccuracy() >= 0.984, "dev actor type accuracy " + dev.typeAccuracy());
    }

    @Test
    void freshTrainActors() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(ActorQualityBenchmark.DATA.resolve("train")),
                "PolNeAR data not found at " + ActorQualityBenchmark.DATA.toAbsolutePath());
        ActorQualityBenchmark.Score fresh = ActorQualityBenchmark.run("train-fresh2", false);
        assertTrue(fresh.precision() >= 0.929, "fresh actor precision " + fresh.precision());
        assertTrue(fresh.recall() >= 0.900, "fresh actor recall " + fresh.recall());
        assertTrue(fresh.coreRecall() >= 0.945, "fresh core-actor recall " + fresh.coreRecall());
    }
}
