package io.dossier.hostile;

import io.dossier.cli.Cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A run killed with SIGKILL leaves a hidden {@code .NAME.PID-RANDOM.part}; the next run that
 * writes into that folder removes it — only ours, only stale, never a live run's.
 */
class StalePartsTest {

    @TempDir
    Path dir;

    private Path part(String name, Duration age) throws IOException {
        Path p = Files.writeString(dir.resolve(name), "%PDF-1.7 half a dossier");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
        return p;
    }

    @Test
    void theNextRunRemovesOnlyOurStaleTemporaryFiles() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Process live = new ProcessBuilder("sleep", "120").start(); // another run, still writing
        try {
            long dead = gone.pid();
            long alive = live.pid();
            part(".killed.pdf." + dead + "-3k9x2.part", Duration.ofMinutes(1));            // its run is gone: removed
            part(".ancient.json." + alive + "-8a7b6.part", Duration.ofHours(2));           // an hour old, whatever the pid: removed
            part(".before-pids.pdf.1x2y3z4.part", Duration.ofHours(2));                     // the earlier name pattern, old: removed
            part(".just-now.pdf." + dead + "-77aa.part", Duration.ofSeconds(1));            // too fresh to judge: kept
            part(".writing.pdf." + alive + "-5c5c.part", Duration.ofMinutes(5));            // a live run's: kept
            part(".before-pids-recent.pdf.1x2y3z4.part", Duration.ofMinutes(5));            // earlier pattern, recent: kept
            part(".notes.part", Duration.ofDays(3));                                        // not our pattern: kept
            part("draft.pdf." + dead + "-3k9x2.part", Duration.ofDays(3));                  // not hidden: not ours, kept
            Files.createSymbolicLink(dir.resolve(".link.pdf." + dead + "-3k9x2.part"), dir.resolve(".notes.part")); // a link: kept
            Files.createDirectory(dir.resolve(".folder.pdf." + dead + "-3k9x2.part"));     // a folder: kept

            Cli run = Cli.run("build", Articles.SAMPLE.toString(), "-o", dir.resolve("cairo.pdf").toString());
            assertEquals(0, run.status(), run.toString());

            assertEquals(new TreeSet<>(Set.of("cairo.pdf", ".just-now.pdf." + dead + "-77aa.part",
                    ".writing.pdf." + alive + "-5c5c.part", ".before-pids-recent.pdf.1x2y3z4.part", ".notes.part",
                    "draft.pdf." + dead + "-3k9x2.part", ".link.pdf." + dead + "-3k9x2.part",
                    ".folder.pdf." + dead + "-3k9x2.part")), names());
        } finally {
            live.destroyForcibly();
        }
    }

    @Test
    void aFolderOnlyReadFromIsLeftAlone() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path article = Files.copy(Articles.SAMPLE, in.resolve("a.txt"));
        Path leftover = Files.writeString(in.resolve(".a.pdf.1-zz.part"), "x");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Cli run = Cli.run("analyze", article.toString(), "-o", dir.resolve("a.json").toString());
        assertEquals(0, run.status(), run.toString());
        assertEquals(true, Files.exists(leftover), "only folders written to are swept");
    }

    private Set<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
