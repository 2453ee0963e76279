package io.dossier.hostile;

import io.dossier.cli.Cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One article that takes too long fails alone at its deadline; the batch does not wait for it. */
class BatchBudgetTest {

    @TempDir
    Path dir;

    @Test
    void aSlowArticleFailsAloneAndTheOthersFinishAtNormalSpeed() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (int i = 1; i <= 6; i++) Files.copy(i % 2 == 0 ? Articles.CEASEFIRE : Articles.SAMPLE, in.resolve("small-" + i + ".txt"));
        // A megabyte of real prose: tens of seconds of analysis and layout (some 700 pages) on this machine.
        String sample = Articles.text(Articles.SAMPLE);
        Path big = Files.writeString(in.resolve("big.txt"), (sample + "\n\n").repeat(1024 * 1024 / sample.length() + 1));
        Path out = dir.resolve("out");

        // Warm up (models, fonts, templates), without a limit, so the deadline below measures work, not start-up.
        Path warm = dir.resolve("warm");
        Cli warmUp = Cli.run("batch", in.resolve("small-1.txt").toString(), in.resolve("small-2.txt").toString(),
                "-o", warm.toString(), "--timeout", "0", "-q");
        assertEquals(0, warmUp.status(), warmUp.toString());

        long t0 = System.nanoTime();
        Cli run = Cli.run("batch", in.toString(), "-o", out.toString(), "--jobs", "2", "--timeout", "2s", "--max-size", "2MB");
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("batch of 6 short articles and a 1 MB one, --timeout 2s: %.1f s%n", seconds);

        assertEquals(1, run.status(), run.toString());
        List<String> err = run.errLines();
        assertEquals(2, err.size(), run.toString());
        assertEquals("dossier: " + big + ": took longer than the 2 s time limit for one article (--timeout)", err.get(0));
        assertTrue(err.get(1).matches("made 6, failed 1 in \\d+\\.\\d s"), err.get(1));
        assertTrue(run.out().contains("FAIL " + big), run.out());
        Set<String> made = new TreeSet<>();
        for (int i = 1; i <= 6; i++) made.add("small-" + i + ".pdf");
        assertEquals(made, names(out), "six dossiers, nothing for the slow article, no temporary file");
        // The slow article alone takes well over 10 s here; the batch waited for its deadline only.
        assertTrue(seconds < 8, "the batch waited for the slow article: " + seconds + " s");
    }

    @Test
    void aTimeLimitThatIsNotATimeIsBadUsage() {
        Cli run = Cli.run("batch", Articles.SAMPLE.toString(), "-o", dir.toString(), "--timeout", "soon");
        assertEquals(2, run.status(), run.toString());
        assertEquals("dossier: Invalid value for option '--timeout': 'soon' is not a time (use e.g. 90s or 5m; 0 for no limit)",
                run.errLines().get(0));
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
