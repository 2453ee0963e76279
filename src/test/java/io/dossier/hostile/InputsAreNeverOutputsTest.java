package io.dossier.hostile;

import io.dossier.cli.Cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No command writes over one of its inputs or puts two results into one file, however the
 * file is named (the same name, a symbolic link, a hard link, a detour through "..") — it
 * refuses with one line and exit status 2, and nothing in the folder changes.
 */
class InputsAreNeverOutputsTest {

    @TempDir
    Path dir;

    Path article;
    Path articleJson;

    @BeforeEach
    void articles() throws IOException {
        article = Files.copy(Path.of("samples/cairo-talks.txt"), dir.resolve("a.txt"));
        articleJson = Files.writeString(dir.resolve("b.json"), Articles.json("Ceasefire vote", Articles.CEASEFIRE));
    }

    /** Runs the command and expects exactly {@code line} on stderr, status 2, and the folder as it was. */
    private void refused(String line, String... args) {
        Map<String, String> before = Tree.of(dir);
        Cli run = Cli.run(args);
        assertEquals(2, run.status(), run.toString());
        assertEquals(List.of(line), run.errLines(), run.toString());
        assertEquals(before, Tree.of(dir), "nothing written, nothing lost");
    }

    @Test
    void outputNamedAsTheInput() {
        refused("dossier: " + article + ": the PDF would overwrite the input (choose another -o)",
                "build", article.toString(), "-o", article.toString());
    }

    @Test
    void outputIsASymbolicLinkToTheInput() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), article.getFileName());
        refused("dossier: " + link + ": the PDF would overwrite the input " + article + " (choose another -o)",
                "build", article.toString(), "-o", link.toString());
    }

    @Test
    void outputIsAHardLinkToTheInput() throws IOException {
        Path hard = Files.createLink(dir.resolve("hard.pdf"), article);
        refused("dossier: " + hard + ": the PDF would overwrite the input " + article + " (choose another -o)",
                "build", article.toString(), "-o", hard.toString());
    }

    @Test
    void outputReachesTheInputThroughAFolderStillToBeMade() {
        String detour = dir.resolve("new").resolve("..").resolve("a.txt").toString();
        refused("dossier: " + detour + ": the PDF would overwrite the input (choose another -o)",
                "build", article.toString(), "-o", detour);
    }

    @Test
    void pdfAndJsonToOneFile() throws IOException {
        Path x = dir.resolve("x.pdf");
        refused("dossier: " + x + ": the Analysis JSON and the PDF would be the same file (choose another --json)",
                "build", article.toString(), "-o", x.toString(), "--json", x.toString());
        Files.writeString(x, "an older dossier");
        refused("dossier: " + x + ": the Analysis JSON and the PDF would be the same file (choose another --json)",
                "build", article.toString(), "-o", x.toString(), "--json", x.toString());
    }

    @Test
    void jsonNamedAsTheInput() {
        refused("dossier: " + article + ": the Analysis JSON would overwrite the input (choose another --json)",
                "build", article.toString(), "-o", dir.resolve("a.pdf").toString(), "--json", article.toString());
    }

    @Test
    void analyzeOutputNamedAsTheInput() {
        refused("dossier: " + articleJson + ": the Analysis JSON would overwrite the input (choose another -o)",
                "analyze", articleJson.toString(), "-o", articleJson.toString());
    }

    @Test
    void renderOutputNamedAsTheInput() {
        Path analysis = dir.resolve("analysis.json");
        assertEquals(0, Cli.run("analyze", article.toString(), "-o", analysis.toString()).status());
        refused("dossier: " + analysis + ": the PDF would overwrite the input (choose another -o)",
                "render", analysis.toString(), "-o", analysis.toString());
    }

    @Test
    void bookOutputNamedAsOneOfItsInputs() {
        refused("dossier: " + articleJson + ": the briefing book would overwrite the input (choose another -o)",
                "build", article.toString(), articleJson.toString(), "-o", articleJson.toString());
    }

    @Test
    void bookJsonFolderHoldingAnInput() {
        // b.json's Analysis JSON would be DIR/b.json: the article itself
        refused("dossier: " + articleJson + ": the Analysis JSON of " + articleJson
                        + " would overwrite the input (choose another --json folder)",
                "build", article.toString(), articleJson.toString(), "-o", dir.resolve("book.pdf").toString(),
                "--json", dir.toString());
    }

    @Test
    void batchJsonBesideInputsWouldOverwriteOne() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.move(article, in.resolve("a.txt"));
        Path json = Files.move(articleJson, in.resolve("a.json")); // a.json → in/a.pdf, in/a.json: itself
        refused("dossier: " + json + ": the Analysis JSON of " + json + " would overwrite the input (choose another -o folder)",
                "batch", in.toString(), "-o", in.toString(), "--json");
    }

    @Test
    void batchIntoItsInputFolderIsFineWithoutJson() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.move(article, in.resolve("a.txt"));
        Map<String, String> inputs = Tree.of(in);
        Cli run = Cli.run("batch", in.toString(), "-o", in.toString(), "-q");
        assertEquals(0, run.status(), run.toString());
        Map<String, String> after = Tree.of(in);
        assertTrue(after.keySet().contains("a.pdf"), after.toString());
        after.remove("a.pdf");
        assertEquals(inputs, after, "the input is untouched");
    }
}
