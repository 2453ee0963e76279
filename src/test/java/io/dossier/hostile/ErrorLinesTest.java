package io.dossier.hostile;

import io.dossier.cli.Cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every refusal is exactly one line on stderr and exit status 2, with the file's name shown
 * safely, and an input with no article text in it is "empty" whatever its format.
 */
class ErrorLinesTest {

    @TempDir
    Path dir;

    /** Runs the command, expects exit status 2 and exactly {@code line}, and the folder unchanged. */
    private void refused(String line, String... args) {
        Map<String, String> before = Tree.of(dir);
        Cli run = Cli.run(args);
        assertEquals(2, run.status(), run.toString());
        assertEquals(List.of(line), run.errLines(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertEquals(before, Tree.of(dir), "nothing written, nothing lost");
    }

    @Test
    void aNameWithALineBreakKeepsItsReasonOnTheSameLine() throws IOException {
        Path f = Files.writeString(dir.resolve("draft\nfinal.txt"), "");
        refused("dossier: " + dir + "/draft\\nfinal.txt: is empty", "analyze", f.toString());
    }

    @Test
    void escapeSequencesInANameNeverReachTheTerminal() throws IOException {
        Path f = Files.writeString(dir.resolve("report\u001b[2J\u001b[31mred\u009b1m\u202etxt.md"), "");
        refused("dossier: " + dir + "/report\\x1b[2J\\x1b[31mred\\u009b1m\\u202etxt.md: is empty", "build", f.toString(),
                "-o", dir.resolve("x.pdf").toString());
    }

    @Test
    void aBatchFailureWithAnOddNameIsOneLineToo() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("tab\there.txt"), "   \n");
        Path out = dir.resolve("out");
        Cli run = Cli.run("batch", in.toString(), "-o", out.toString());
        assertEquals(1, run.status(), run.toString());
        assertEquals(List.of("dossier: " + in + "/tab\\there.txt: is empty (only whitespace)", "made 0, failed 1 in "),
                run.errLines().stream().map(l -> l.replaceFirst("in \\d+\\.\\d s$", "in ")).toList(), run.toString());
        assertEquals(List.of("[1/1] FAIL " + in + "/tab\\there.txt"), run.out().lines().toList());
    }

    @Test
    void aPdfRenamedTxtIsOneLineNotAWarningAndAnError() throws IOException {
        // a PDF without NUL bytes (many are): not UTF-8, so it would be read as Windows-1252 with a warning
        byte[] pdf = new byte[6000];
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, pdf, 0, head.length);
        for (int i = head.length; i < pdf.length; i++) pdf[i] = (byte) (1 + (i * 37) % 255);
        Path f = Files.write(dir.resolve("slides.txt"), pdf);
        refused("dossier: " + f + ": is a PDF document, not an article (use .txt, .md, .html or .json)", "analyze", f.toString());
    }

    @Test
    void aWindows1252FileThatIsRefusedGetsNoWarning() throws IOException {
        byte[] german = ("Die Gespr\u00e4che in Kairo wurden am Mittwoch fortgesetzt, sagte ein Sprecher der Regierung. "
                + "Die Delegationen wollen sich n\u00e4chste Woche wieder treffen. ").repeat(3).getBytes("windows-1252");
        Path f = Files.write(dir.resolve("german.txt"), german);
        Cli run = Cli.run("analyze", f.toString());
        assertEquals(2, run.status(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.errLines().get(0).startsWith("dossier: " + f + ": does not look like English text"), run.toString());
    }

    @Test
    void markdownHoldingOnlyACommentIsEmpty() throws IOException {
        Path f = Files.writeString(dir.resolve("note.md"), "<!-- nothing here yet -->\n");
        refused("dossier: " + f + ": is empty (no article text)", "build", f.toString(), "-o", dir.resolve("note.pdf").toString());
        Path multi = Files.writeString(dir.resolve("todo.md"), "---\ntitle: Draft\n---\n\n<!--\nTODO: write the story\n-->\n");
        refused("dossier: " + multi + ": is empty (no article text)", "analyze", multi.toString());
    }

    @Test
    void commentsAroundRealMarkdownTextAreDropped() throws IOException {
        Path f = Files.writeString(dir.resolve("story.md"), "<!-- editor: check names -->\n" + Articles.text(Articles.RAFAH));
        Cli run = Cli.run("analyze", f.toString());
        assertEquals(0, run.status(), run.toString());
        assertFalse(run.out().contains("<!--") || run.out().contains("check names"), "the comment is not article text");
    }

    @Test
    void jsonWithBlankTextIsEmpty() throws IOException {
        Path f = Files.writeString(dir.resolve("blank.json"), "{\"title\": \"Talks\", \"text\": \"   \"}");
        refused("dossier: " + f + ": is empty (the \"text\" field is blank)", "analyze", f.toString());
        Path none = Files.writeString(dir.resolve("none.json"), "{\"title\": \"Talks\", \"paragraphs\": [\" \", \"\"]}");
        refused("dossier: " + none + ": is empty (no article text)", "analyze", none.toString());
    }

    @Test
    void htmlWithNoTextIsEmpty() throws IOException {
        Path f = Files.writeString(dir.resolve("page.html"),
                "<html><head><title>Talks</title></head><body><!-- story goes here --><nav><a href=/>Home</a></nav></body></html>");
        refused("dossier: " + f + ": is empty (no article text in the page)", "analyze", f.toString());
    }

    @Test
    void textWithOnlyFrontMatterOrPunctuationIsEmpty() throws IOException {
        Path fm = Files.writeString(dir.resolve("meta.txt"), "title: Talks in Cairo\nsource: Reuters\n");
        refused("dossier: " + fm + ": is empty (no article text)", "analyze", fm.toString());
        Path dots = Files.writeString(dir.resolve("dots.txt"), "...\n\n-- 2024 --\n");
        refused("dossier: " + dots + ": is empty (no words)", "analyze", dots.toString());
    }

    @Test
    void aTemplateLinkedOutOfItsFolderIsARefusalWithStatus2() throws IOException {
        Path templates = Files.createDirectory(dir.resolve("templates"));
        try (Stream<Path> bundled = Files.list(Path.of("templates"))) {
            for (Path t : bundled.toList()) Files.copy(t, templates.resolve(t.getFileName()));
        }
        Path outside = Files.move(templates.resolve("cover.ftlh"), dir.resolve("cover.ftlh"));
        Files.createSymbolicLink(templates.resolve("cover.ftlh"), outside);
        Map<String, String> before = Tree.of(dir);
        Cli run = Cli.run("build", Articles.SAMPLE.toString(), "--templates", templates.toString(),
                "-o", dir.resolve("a.pdf").toString());
        assertEquals(2, run.status(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.errLines().get(0).startsWith("dossier: ") && run.err().contains("cover.ftlh"), run.toString());
        assertEquals(before, Tree.of(dir));
    }
}
