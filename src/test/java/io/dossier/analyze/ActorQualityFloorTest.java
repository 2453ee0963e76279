package io.dossier.analyze;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Actor quality on the hand-labelled held-out dev articles (PolNeAR text read in place, skipped when absent):
 * regression floors 0.01 below the measured figures (dev P 0.932, R 0.932, type accuracy 0.994, names compared
 * as the held-out check compares them). Dev precision was 0.931, then 0.921 until towns placed by their state ("Kenansville,
 * N.C.") and a dateline's town ("FLINT, Mich.") became places: two real places the dev lists, labelled before
 * datelines and towns were listed, leave out; it came back when words rarely given as names ("Law", "Even") stopped starting
 * people's names. The blind third train batch ({@code train-fresh2}: P 0.947, R 0.918, core R 0.960), which marks
 * core actors, gets floors too. Both precisions then fell (dev 0.932 → 0.917, train-fresh2 0.947 → 0.944) when "the
 * Obama administration" became an organization: the blind annotators of the web pages list a leader's administration
 * wherever it is named (core in two of three pages), these lists leave it out; the floors follow, 0.01 below. Dev
 * recall then rose to 0.938 (a known acronym named once, "MTV", is an actor). Given names from outside the
 * English-speaking world, and with accents, then lifted train-fresh2 to P 0.945, R 0.923, and the rules the fifth news
 * corpus called for to P 0.947, R 0.925.
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
        assertTrue(dev.precision() >= 0.907, "dev actor precision " + dev.precision());
        assertTrue(dev.recall() >= 0.928, "dev actor recall " + dev.recall());
        assertTrue(dev.typeAccuracy() >= 0.984, "dev actor type accuracy " + dev.typeAccuracy());
    }

    @Test
    void freshTrainActors() throws Exception {
        ActorQualityBenchmark.Score fresh = scored("train-fresh2", "train");
        assertTrue(fresh.precision() >= 0.935, "fresh actor precision " + fresh.precision());
        assertTrue(fresh.recall() >= 0.920, "fresh actor recall " + fresh.recall());
        assertTrue(fresh.coreRecall() >= 0.960, "fresh core-actor recall " + fresh.coreRecall());
    }
}
