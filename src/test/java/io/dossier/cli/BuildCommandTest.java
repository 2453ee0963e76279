package io.dossier.cli;

import io.dossier.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user meets it: arguments in, a file or one clear line out. */
class BuildCommandTest {

    record Run(int status, String out, String err) {
    }

    static Run dossier(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    /** A designer's copy of the bundled templates, to break on purpose. */
    static Path copyOfTemplates(Path templates) throws IOException {
        Files.createDirectories(templates);
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) Files.copy(f, templates.resolve(f.getFileName()));
        }
        return templates;
    }

    @Test
    void letterPaperAndACustomMarkingOnEveryPage(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("brief.pdf");
        Run run = dossier("build", "samples/cairo-talks.txt", "-o", pdf.toString(), "--paper", "letter",
                "--marking", "SECRET // NOFORN TEST", "--title", "Cairo talks", "--source", "Reuters", "--date", "2024-11-27");
        assertEquals(0, run.status(), run.err());
        byte[] bytes = Files.readAllBytes(pdf);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(612, box.getWidth(), 1);
            assertEquals(792, box.getHeight(), 1);
            assertEquals("Cairo talks", doc.getDocumentInformation().getTitle());
        }
        PdfText text = PdfText.of(bytes);
        for (int p = 1; p <= text.pages().size(); p++) {
            assertTrue(text.page(p).contains("SECRET // NOFORN TEST"), "marking on page " + p);
        }
        assertTrue(text.page(1).contains("Reuters") && text.page(1).contains("27 November 2024"));
    }

    @Test
    void defaultOutputIsNamedAfterTheInputFileInsideTheGivenFolder(@TempDir Path dir) {
        Run run = dossier("build", "samples/cairo-talks.txt", "-o", dir.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("cairo-talks.pdf")));
        assertEquals(dir.resolve("cairo-talks.pdf").toString(), run.out().strip());
    }

    @Test
    void jsonOptionWritesTheAnalysisBesideThePdfAndRenderRebuildsFromIt(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("a.json");
        assertEquals(0, dossier("build", "samples/cairo-talks.txt", "-o", dir.resolve("a.pdf").toString(),
                "--json", json.toString()).status());
        String analysis = Files.readString(json);
        assertTrue(analysis.contains("\"schema\" : \"dossier-analysis/1\""));
        // A hand edit shows up in the re-rendered dossier.
        Files.writeString(json, analysis.replace("Taher Al-Nono", "Taher Al-Nono (edited)"));
        Run run = dossier("render", json.toString(), "-o", dir.resolve("b.pdf").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(PdfText.of(Files.readAllBytes(dir.resolve("b.pdf"))).flat().contains("Taher Al-Nono (edited)"));
    }

    @Test
    void brokenTemplateNamesFileAndLineAndExitsWith2(@TempDir Path dir) throws IOException {
        Path templates = copyOfTemplates(dir.resolve("templates"));
        Path summary = templates.resolve("summary.ftlh");
        Files.writeString(summary, Files.readString(summary).replace("<h2 class=\"bluf\">Bottom line</h2>",
                "<h2 class=\"bluf\">Bottom line</h2>\n<#if d.summary?size > >oops</#if>"));
        Path pdf = dir.resolve("x.pdf");
        Run run = dossier("build", "samples/cairo-talks.txt", "--templates", templates.toString(), "-o", pdf.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("summary.ftlh:"), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertFalse(Files.exists(pdf), "no PDF left behind");
    }

    @Test
    void unknownVariableInATemplateIsAlsoAClearError(@TempDir Path dir) throws IOException {
        Path templates = copyOfTemplates(dir.resolve("t"));
        Path cover = templates.resolve("cover.ftlh");
        Files.writeString(cover, Files.readString(cover).replace("${d.generatedAt}", "${d.noSuchField}"));
        Run run = dossier("build", "samples/cairo-talks.txt", "--templates", templates.toString(), "-o", dir.resolve("x.pdf").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().matches("(?s)dossier: .*cover\\.ftlh:\\d+: .*noSuchField.*"), run.err());
    }

    @Test
    void badUsageAndBadInputGetOneLineAndStatus2(@TempDir Path dir) throws IOException {
        Run missing = dossier("build", dir.resolve("nope.txt").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("nope.txt"), missing.err());
        assertFalse(missing.err().contains("Exception"));

        Run paper = dossier("build", "samples/cairo-talks.txt", "--paper", "a3", "-o", dir.toString());
        assertEquals(2, paper.status());
        assertTrue(paper.err().contains("a3"));

        Run date = dossier("build", "samples/cairo-talks.txt", "--date", "27/11/2024", "-o", dir.toString());
        assertEquals(2, date.status());
        assertTrue(date.err().contains("YYYY-MM-DD"));

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        Run render = dossier("render", bad.toString(), "-o", dir.toString());
        assertEquals(2, render.status());
        assertTrue(render.err().contains("bad.json"));

        Run option = dossier("build", "--no-such-option");
        assertEquals(2, option.status());
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".part")));
        }
    }
}
