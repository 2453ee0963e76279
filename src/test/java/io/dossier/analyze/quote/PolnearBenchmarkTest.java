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
        // regression floors, below the measured figures
        assertTrue(dev.f1() >= 0.90, "dev direct-quote F1 " + dev.f1());
        assertTrue(dev.speakerAccuracy() >= 0.70, "dev speaker accuracy " + dev.speakerAccuracy());
    }
}
