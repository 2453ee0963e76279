package io.dossier.analyze.quote;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the PolNeAR dev benchmark when the data is present (skipped otherwise) and prints the table. */
class PolnearBenchmarkTest {

    @Test
    void devScores() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(PolnearBenchmark.DEFAULT_DATA.resolve("dev")),
                "PolNeAR data not found at " + PolnearBenchmark.DEFAULT_DATA.toAbsolutePath());
        PolnearBenchmark.Score dev = new PolnearBenchmark(false).run(PolnearBenchmark.DEFAULT_DATA.resolve("dev"), "dev");
        System.out.println(PolnearBenchmark.table(List.of(dev)));
        // regression floors, 0.01 below the measured figures (dev F1 0.956, all lengths 0.929, speaker 0.902 — the
        // speaker credited in the dossier, as the actor the quote is mapped to)
        assertTrue(dev.f1() >= 0.946, "dev direct-quote F1 " + dev.f1());
        assertTrue(dev.f1All() >= 0.921, "dev direct-quote F1, all lengths " + dev.f1All());
        assertTrue(dev.speakerAccuracy() >= 0.896, "dev speaker accuracy " + dev.speakerAccuracy());
    }
}
