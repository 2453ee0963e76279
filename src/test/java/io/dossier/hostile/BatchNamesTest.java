package io.dossier.hostile;

import io.dossier.cli.Cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch makes one dossier per input: never two inputs into one file, and its summary counts what is on disk. */
class BatchNamesTest {

    @TempDir
    Path dir;

    @Test
    void aNumberedNameIsNeverGivenTwice() throws IOException {
        Path md = Files.copy(Articles.RAFAH, dir.resolve("a.md"));
        Path json = Files.writeString(dir.resolve("a.json"), Articles.json("Ceasefire vote", Articles.CEASEFIRE));
        Path txt = Files.copy(Articles.SAMPLE, dir.resolve("a-2.txt"));
        Path out = dir.resolve("out");
        Cli run = Cli.run("batch", md.toString(), json.toString(), txt.toString(), "-o", out.toString(), "--jobs", "2", "--json");
        assertEquals(0, run.status(), run.toString());
        assertEquals(Set.of("ok   " + md + " → " + out.resolve("a.pdf"),
                        "ok   " + json + " → " + out.resolve("a-3.pdf"),
                        "ok   " + txt + " → " + out.resolve("a-2.pdf")),
                withoutCounters(run.out()), run.toString());
        assertEquals(Set.of("a.pdf", "a.json", "a-2.pdf", "a-2.json", "a-3.pdf", "a-3.json"), names(out));
        assertTrue(Files.readString(out.resolve("a-3.json")).contains("Ceasefire vote"), "a.json's own analysis");
        assertTrue(run.err().matches("made 3, failed 0 in \\d+\\.\\d s\\s*"), run.err());
    }

    @Test
    void aBookWritesOneJsonPerArticle() throws IOException {
        Path md = Files.copy(Articles.RAFAH, dir.resolve("a.md"));
        Path json = Files.writeString(dir.resolve("a.json"), Articles.json("Ceasefire vote", Articles.CEASEFIRE));
        Path txt = Files.copy(Articles.SAMPLE, dir.resolve("a-2.txt"));
        Path analyses = dir.resolve("analyses");
        Cli run = Cli.run("build", md.toString(), json.toString(), txt.toString(), "-o", dir.resolve("book.pdf").toString(),
                "--json", analyses.toString());
        assertEquals(0, run.status(), run.toString());
        assertEquals(Set.of("a.json", "a-2.json", "a-3.json"), names(analyses));
        assertTrue(Files.readString(analyses.resolve("a-3.json")).contains("Ceasefire vote"), "a.json's own analysis");
    }

    @Test
    void theSameFileTwiceIsTwoDossiers() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path a = Files.copy(Articles.SAMPLE, in.resolve("a.txt"));
        Path out = dir.resolve("out");
        Cli run = Cli.run("batch", in.toString(), a.toString(), "-o", out.toString(), "--jobs", "2");
        assertEquals(0, run.status(), run.toString());
        assertEquals(Set.of("a.pdf", "a-2.pdf"), names(out));
        assertTrue(run.err().matches("made 2, failed 0 in \\d+\\.\\d s\\s*"), run.err());
    }

    /** Progress lines without their [n/N], which depends on which worker finishes first. */
    private static Set<String> withoutCounters(String out) {
        return new TreeSet<>(out.lines().map(l -> l.replaceFirst("^\\[\\d+/\\d+] ", "")).toList());
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
