package io.dossier.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every input that can go wrong gives one clear line on stderr naming the file, no stack
 * trace, and exit status 2 — and leaves no partial or temporary file behind.
 */
class BadInputsTest {

    @TempDir
    Path dir;

    @AfterEach
    void noTemporaryFilesLeft() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> parts = files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
            assertTrue(parts.isEmpty(), "left behind: " + parts);
        }
    }

    /** Runs `dossier analyze FILE` (no PDF needed to reach the input checks) and expects one error line. */
    private void assertRejected(Path input, String expectedLine, String... more) {
        String[] args = Stream.concat(Stream.of("analyze", input.toString()), Stream.of(more)).toArray(String[]::new);
        Cli cli = Cli.run(args);
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of(expectedLine), cli.errLines(), cli.toString());
        assertEquals("", cli.out());
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("nope.txt");
        assertRejected(f, "dossier: " + f + ": no such file");
    }

    @Test
    void folderGivenAsFile() {
        assertRejected(dir, "dossier: " + dir + ": is a folder, not an article file (use 'dossier batch " + dir
                + "' for every article in it)");
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.txt"), "");
        assertRejected(f, "dossier: " + f + ": is empty");
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        Path f = Files.writeString(dir.resolve("blank.md"), " \n\t\n   \r\n");
        assertRejected(f, "dossier: " + f + ": is empty (only whitespace)");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
        Path f = Files.write(dir.resolve("photo.txt"), bytes);
        assertRejected(f, "dossier: " + f + ": looks like a binary file (it contains NUL bytes), not an article");
    }

    @Test
    void articleOverTheSizeLimitSaysTheLimit() throws IOException {
        Path f = Files.writeString(dir.resolve("long.txt"), "The minister said the talks would go on. ".repeat(100));
        assertRejected(f, "dossier: " + f + ": larger than the 2 KB size limit for one article", "--max-size", "2KB");
    }

    @Test
    void maxSizeFlagRejectsNonsense() {
        Cli cli = Cli.run("analyze", "samples/cairo-talks.txt", "--max-size", "lots");
        assertEquals(2, cli.status());
        assertTrue(cli.err().startsWith("dossier: Invalid value for option '--max-size': 'lots' is not a size"), cli.err());
    }

    @Test
    void unsupportedExtension() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.docx"), "The minister said the talks would go on.");
        assertRejected(f, "dossier: " + f + ": unsupported file type '.docx' (use .txt, .md, .html or .json)");
    }

    @Test
    void unreadableFile() throws IOException {
        Path f = Files.writeString(dir.resolve("secret.txt"), "The minister said the talks would go on.");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        boolean enforced;
        try (FileChannel ignored = FileChannel.open(f, StandardOpenOption.READ)) {
            enforced = false; // running as root: permissions are not enforced
        } catch (IOException e) {
            enforced = true;
        }
        if (enforced) {
            assertRejected(f, "dossier: " + f + ": cannot read (permission denied)");
        } else {
            // Root reads past permission bits; a file that opens but fails to read stands in:
            // /proc/self/mem fails with an I/O error at offset 0, for root too.
            Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/mem")), "no /proc here");
            Path broken = Files.createSymbolicLink(dir.resolve("broken.txt"), Path.of("/proc/self/mem"));
            Cli cli = Cli.run("analyze", broken.toString());
            assertEquals(2, cli.status(), cli.toString());
            assertEquals(1, cli.errLines().size(), cli.toString());
            assertTrue(cli.errLines().get(0).startsWith("dossier: " + broken + ": cannot read ("), cli.toString());
        }
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() throws IOException {
        byte[] text = "Caf\u00e9 owners in the city said on Monday that the new rules would hurt their business, and the mayor said he would listen to them.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Path f = Files.write(dir.resolve("latin.txt"), text);
        Cli cli = Cli.run("analyze", f.toString());
        assertEquals(0, cli.status(), cli.toString());
        assertEquals(List.of("dossier: " + f + ": warning: not valid UTF-8; read as Windows-1252"), cli.errLines());
        assertTrue(cli.out().contains("Caf\u00e9"), "decoded as Windows-1252");
        // --quiet hides warnings
        Cli quiet = Cli.run("analyze", f.toString(), "-q");
        assertEquals(0, quiet.status());
        assertEquals("", quiet.err());
    }

    @Test
    void outputFolderNotWritable() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Path out = file.resolve("out"); // a folder inside a regular file: fails even for root
        Cli cli = Cli.run("analyze", "samples/cairo-talks.txt", "-o", out.resolve("a.json").toString());
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of("dossier: " + out.toAbsolutePath() + ": output folder is not writable ("
                + file.toAbsolutePath() + " is a file, not a folder)"), cli.errLines());
    }

    @Test
    void batchOutputFolderNotWritable() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Cli cli = Cli.run("batch", "samples/cairo-talks.txt", "-o", file.toString());
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of("dossier: " + file + ": output folder is not writable (" + file.toAbsolutePath()
                + " is a file, not a folder)"), cli.errLines());
    }

    @Test
    void readOnlyOutputFileIsNotReplaced() throws IOException {
        Path target = Files.writeString(dir.resolve("a.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        Cli cli = Cli.run("analyze", "samples/cairo-talks.txt", "-o", target.toString());
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of("dossier: " + target + ": output file is read-only; not replacing it (make it writable, or choose another -o)"),
                cli.errLines());
        assertEquals("old", Files.readString(target));
    }

    @Test
    void lockedOutputFileIsNotReplaced() throws IOException {
        Path target = Files.writeString(dir.resolve("a.json"), "old");
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            Cli cli = Cli.run("analyze", "samples/cairo-talks.txt", "-o", target.toString());
            assertEquals(2, cli.status(), cli.toString());
            assertEquals(List.of("dossier: " + target + ": output file is locked by another program; not replacing it (close it, or choose another -o)"),
                    cli.errLines());
        }
        assertEquals("old", Files.readString(target));
    }

    @Test
    void unknownOptionIsBadUsage() {
        Cli cli = Cli.run("build", "samples/cairo-talks.txt", "--colour");
        assertEquals(2, cli.status());
        assertEquals("dossier: unknown option '--colour'", cli.errLines().get(0));
        assertEquals("Try 'dossier build --help' for more information.", cli.errLines().get(1));
    }

    @Test
    void noStackTraceWithoutDebugButWithIt() throws IOException {
        Path f = dir.resolve("nope.txt");
        assertFalse(Cli.run("analyze", f.toString()).err().contains("\tat "));
        Cli debug = Cli.run("analyze", f.toString(), "--debug");
        assertEquals(2, debug.status());
        assertTrue(debug.err().contains("\tat io.dossier."), debug.err());
    }

    @Test
    void stdinToStdout() throws IOException {
        byte[] article = Files.readAllBytes(TestArticles.RAFAH);
        Cli cli = Cli.runWithStdin(article, "build", "-", "-o", "-");
        assertEquals(0, cli.status(), cli.toString());
        assertEquals("", cli.out());
        try (PDDocument doc = Loader.loadPDF(cli.stdout())) {
            assertTrue(doc.getNumberOfPages() >= 5);
        }
        Cli json = Cli.runWithStdin(article, "analyze", "-");
        assertTrue(json.out().contains("\"dossier-analysis/1\""), json.out());
    }

    @Test
    void noClobberKeepsExistingOutput() throws IOException {
        Path target = Files.writeString(dir.resolve("rafah.pdf"), "existing dossier");
        Cli cli = Cli.run("build", TestArticles.RAFAH.toString(), "-o", target.toString(), "--no-clobber");
        assertEquals(0, cli.status(), cli.toString());
        assertEquals(List.of("dossier: " + target + ": exists; kept it (--no-clobber)"), cli.errLines());
        assertEquals("existing dossier", Files.readString(target));
    }

    @Test
    void noClobberKeepsExistingOutputOfRenderToo() throws IOException {
        Path json = dir.resolve("rafah.json");
        assertEquals(0, Cli.run("analyze", TestArticles.RAFAH.toString(), "-o", json.toString()).status());
        Path target = Files.writeString(dir.resolve("rafah.pdf"), "existing dossier");
        Cli cli = Cli.run("render", json.toString(), "-o", target.toString(), "--no-clobber");
        assertEquals(0, cli.status(), cli.toString());
        assertEquals(List.of("dossier: " + target + ": exists; kept it (--no-clobber)"), cli.errLines());
        assertEquals("existing dossier", Files.readString(target));
    }

    @Test
    void replacedOutputKeepsItsPermissionsAndNewFilesAreNotPrivate() throws IOException {
        Path fresh = dir.resolve("fresh.json");
        assertEquals(0, Cli.run("analyze", TestArticles.RAFAH.toString(), "-o", fresh.toString()).status());
        assertTrue(Files.getPosixFilePermissions(fresh).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                || Files.getPosixFilePermissions(dir).isEmpty(), "new files get the usual 0666-umask mode, not 0600");
        Path target = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(0, Cli.run("analyze", TestArticles.RAFAH.toString(), "-o", target.toString()).status());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertTrue(Files.readString(target, StandardCharsets.UTF_8).contains("dossier-analysis/1"));
    }

    @Test
    void configFileGivesDefaultsAndFlagsWin() throws IOException {
        Path config = Files.writeString(dir.resolve("dossier.properties"), "max-size = 1KB\n");
        System.setProperty("dossier.config", config.toString());
        try {
            Cli fromConfig = Cli.run("analyze", TestArticles.RAFAH.toString());
            assertEquals(2, fromConfig.status(), fromConfig.toString());
            assertEquals(List.of("dossier: " + TestArticles.RAFAH + ": larger than the 1 KB size limit for one article"),
                    fromConfig.errLines());
            Cli flagWins = Cli.run("analyze", TestArticles.RAFAH.toString(), "--max-size", "5MB");
            assertEquals(0, flagWins.status(), flagWins.toString());
        } finally {
            System.clearProperty("dossier.config");
        }
    }

    @Test
    void readsNoConfigWhenNoneIsThere() {
        System.setProperty("dossier.config", "");
        try {
            assertEquals(null, Config.find());
        } finally {
            System.clearProperty("dossier.config");
        }
    }

    @Test
    void sizeConverterUnderstandsUnits() {
        var c = new ReadOptions.SizeConverter();
        assertEquals(5L * 1024 * 1024, c.convert("5MB"));
        assertEquals(800L * 1024, c.convert("800 kb"));
        assertEquals(1536L * 1024, c.convert("1.5MiB"));
        assertEquals(1000L, c.convert("1000"));
    }

    @Test
    void temporaryFilesAreDeletedWhenInterrupted() throws IOException {
        assertArrayEquals(new Object[0], AtomicFile.inFlight().toArray());
    }
}
