package io.dossier.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stopping a batch half-way (Ctrl-C, kill, kill -9) leaves only complete dossiers: a real
 * `dossier batch` process is started and stopped while it writes.
 */
class KillTest {

    @TempDir
    Path dir;

    private Process start(Path in, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The fonts from the folder, as the launcher gives them: from the jar, AWT would copy the
        // chart fonts to temporary files, which a SIGKILL leaves behind.
        List<String> cmd = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1",
                "-D" + io.dossier.Bundled.FONTS + "=" + Path.of("fonts").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "batch", in.toString(), "-o", out.toString(), "--jobs", "2"));
        return new ProcessBuilder(cmd)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
    }

    private static List<Path> pdfs(Path out) throws IOException {
        if (!Files.isDirectory(out)) return List.of();
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pdf") && !p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static void waitForPdfs(Path out, int n, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (pdfs(out).size() < n) {
            assertTrue(p.isAlive(), "batch ended before it could be stopped");
            assertTrue(System.nanoTime() < deadline, "no dossier made in time");
            Thread.sleep(50);
        }
    }

    private static void assertOnlyCompletePdfs(Path out) throws IOException {
        List<Path> made = pdfs(out);
        assertTrue(made.size() >= 2 && made.size() < 40, "made " + made.size());
        for (Path pdf : made) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertTrue(doc.getNumberOfPages() >= 5, pdf + ": " + doc.getNumberOfPages() + " pages");
            }
        }
    }

    @Test
    void sigtermMidBatchLeavesOnlyCompletePdfsAndNoTemporaryFiles() throws Exception {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        TestArticles.write(in, 40);
        Process p = start(in, out);
        try {
            waitForPdfs(out, 2, p);
            p.destroy(); // SIGTERM, as kill or Ctrl-C (SIGINT) would
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "batch did not stop");
        } finally {
            p.destroyForcibly();
        }
        assertOnlyCompletePdfs(out);
        try (Stream<Path> s = Files.list(out)) {
            List<Path> parts = s.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
            assertTrue(parts.isEmpty(), "temporary files left: " + parts);
        }
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertTrue(err.contains("dossier: interrupted: made "), err);
    }

    @Test
    void sigkillMidBatchLeavesNoPartialPdf() throws Exception {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        TestArticles.write(in, 40);
        Process p = start(in, out);
        try {
            waitForPdfs(out, 3, p);
            p.destroyForcibly(); // SIGKILL: no code runs; a hidden .part may stay, never a partial .pdf
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertOnlyCompletePdfs(out);
    }
}
