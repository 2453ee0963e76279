package io.dossier.cli;

import io.dossier.PdfLook;
import io.dossier.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Layered styling, as a designer meets it: a templates folder with only a few lines of CSS, a
 * {@code --css} file, a font that is not there, and {@code dossier templates init}. Each dossier is
 * read back for what a reader sees: the sections with the right pages, and the colour and font of
 * headings and body text.
 */
class StylingTest {

    static final int ACCENT = 0x0B6E4F;
    static final int BUNDLED_HEADING = 0x102A43;
    static final int BUNDLED_MARKING = 0x8A1C1C;
    /** Three lines: the accent colour of headings, and the body in the sans face. */
    static final String THREE_LINES = "h1, h2, h3, .cover-title { color: #0b6e4f; }\n"
            + "h1 { border-bottom-color: #0b6e4f; }\n"
            + "html { font-family: \"DejaVu Sans\"; }\n";

    static byte[] build(Path dir, String... options) throws IOException {
        Path pdf = dir.resolve("x-" + Math.abs(String.join(" ", options).hashCode()) + ".pdf");
        String[] args = Stream.concat(Stream.of("build", "samples/cairo-talks.txt", "-o", pdf.toString()), Stream.of(options))
                .toArray(String[]::new);
        Cli run = Cli.run(args);
        assertEquals(0, run.status(), run.toString());
        return Files.readAllBytes(pdf);
    }

    /** What the bundled look gives, and the restyled one must still give: sections, contents, marking, header. */
    static void aCorrectDossier(byte[] pdf) {
        PdfText text = PdfText.of(pdf);
        assertTrue(text.pages().size() >= 8, "pages: " + text.pages().size());
        assertEquals(List.of("Cover", "Contents", "Executive summary", "Actors", "Quotes and sources", "Timeline",
                "Places and figures", "Full text"), List.copyOf(PdfLook.bookmarks(pdf).keySet()));
        PdfLook.bookmarks(pdf).forEach((title, page) -> {
            if (!title.equals("Cover")) assertTrue(text.page(page).contains(title), title + " on page " + page);
        });
        for (int p = 2; p <= text.pages().size(); p++) {
            assertTrue(text.page(p).contains("UNCLASSIFIED // FOR BRIEFING USE"), "marking on page " + p);
            assertTrue(text.page(p).contains("Page " + p + " of " + text.pages().size()), "page number on page " + p);
        }
    }

    static void restyled(byte[] pdf) {
        List<PdfLook.Glyph> glyphs = PdfLook.glyphs(pdf);
        int summary = findHeadingPage(pdf, "Executive summary");
        List<PdfLook.Glyph> heading = PdfLook.find(glyphs, summary, "Executive summary");
        assertFalse(heading.isEmpty());
        assertTrue(heading.stream().allMatch(g -> g.rgb() == ACCENT), "heading in the accent colour: "
                + Integer.toHexString(heading.get(0).rgb()));
        List<PdfLook.Glyph> body = PdfLook.find(glyphs, summary, "The talks are the first");
        assertFalse(body.isEmpty());
        assertTrue(body.get(0).font().contains("DejaVuSans") && !body.get(0).font().contains("Serif"),
                "body text in the sans face: " + body.get(0).font());
        // layered, not replaced: what the three lines do not mention keeps the bundled look
        List<PdfLook.Glyph> marking = PdfLook.find(glyphs, summary, "UNCLASSIFIED");
        assertEquals(BUNDLED_MARKING, marking.get(0).rgb(), "the marking keeps the bundled colour");
    }

    static int findHeadingPage(byte[] pdf, String heading) {
        Map<String, Integer> marks = PdfLook.bookmarks(pdf);
        return marks.get(heading);
    }

    @Test
    void aTemplatesFolderWithOnlyAThreeLineStyleSheetMakesACorrectDossier(@TempDir Path dir) throws IOException {
        Path look = Files.createDirectories(dir.resolve("look"));
        Files.writeString(look.resolve("dossier.css"), THREE_LINES);
        byte[] pdf = build(dir, "--templates", look.toString());
        aCorrectDossier(pdf);
        restyled(pdf);
    }

    @Test
    void aCssFileChangingTheAccentColourAndBodyFontMakesACorrectDossier(@TempDir Path dir) throws IOException {
        Path css = Files.writeString(dir.resolve("brand.css"), THREE_LINES);
        byte[] pdf = build(dir, "--css", css.toString());
        aCorrectDossier(pdf);
        restyled(pdf);
        byte[] plain = build(dir);
        List<PdfLook.Glyph> heading = PdfLook.find(PdfLook.glyphs(plain), findHeadingPage(plain, "Executive summary"), "Executive summary");
        assertEquals(BUNDLED_HEADING, heading.get(0).rgb(), "without --css, the bundled colour");
    }

    @Test
    void cssFilesLayerInTheOrderGivenAfterTheTemplatesFolder(@TempDir Path dir) throws IOException {
        Path look = Files.createDirectories(dir.resolve("look"));
        Files.writeString(look.resolve("dossier.css"), "h1 { color: #aa0000; }\n");
        Path first = Files.writeString(dir.resolve("first.css"), "h1 { color: #00aa00; }\n");
        Path second = Files.writeString(dir.resolve("second.css"), "h1 { color: #0b6e4f; }\n");
        byte[] pdf = build(dir, "--templates", look.toString(), "--css", first.toString(), "--css", second.toString());
        List<PdfLook.Glyph> heading = PdfLook.find(PdfLook.glyphs(pdf), findHeadingPage(pdf, "Actors"), "Actors");
        assertEquals(ACCENT, heading.get(0).rgb());
    }

    @Test
    void aFontFamilyThatIsNotThereFallsBackToTheBundledFacesWithAWarning(@TempDir Path dir) throws IOException {
        Path css = Files.writeString(dir.resolve("font.css"), "html { font-family: \"Helvetica Neue Pro\"; }\n");
        Path pdf = dir.resolve("x.pdf");
        Cli run = Cli.run("build", "samples/cairo-talks.txt", "--css", css.toString(), "-o", pdf.toString());
        assertEquals(0, run.status(), run.toString());
        assertEquals(List.of("dossier: warning: font family 'Helvetica Neue Pro' is not available; using the bundled faces"),
                run.errLines(), "one warning, without --verbose");
        byte[] bytes = Files.readAllBytes(pdf);
        aCorrectDossier(bytes);
        List<PdfLook.Glyph> body = PdfLook.find(PdfLook.glyphs(bytes), findHeadingPage(bytes, "Executive summary"), "The talks are the first");
        assertTrue(body.get(0).font().contains("DejaVuSerif"), body.get(0).font());
        Cli quiet = Cli.run("build", "samples/cairo-talks.txt", "--css", css.toString(), "-o", pdf.toString(), "-q");
        assertEquals("", quiet.err(), "--quiet keeps it quiet");
    }

    @Test
    void templatesInitCopiesTheBundledSetWhichMakesTheSameDossier(@TempDir Path dir) throws IOException {
        Path look = dir.resolve("my-look");
        Cli init = Cli.run("templates", "init", look.toString());
        assertEquals(0, init.status(), init.toString());
        assertEquals(look.toString(), init.out().strip());
        try (Stream<Path> bundled = Files.walk(Path.of("templates"))) {
            for (Path f : bundled.filter(Files::isRegularFile).toList()) {
                Path copy = look.resolve(Path.of("templates").relativize(f).toString());
                assertTrue(Files.isRegularFile(copy), "copied " + copy);
                assertEquals(Files.readString(f), Files.readString(copy));
            }
        }
        byte[] copied = build(dir, "--templates", look.toString());
        aCorrectDossier(copied);
        assertEquals(withoutClock(build(dir)), withoutClock(copied), "the copy makes the same dossier");
    }

    /** The pages' text without the "Generated" time, which moves on between two builds. */
    static List<String> withoutClock(byte[] pdf) {
        return PdfText.of(pdf).pages().stream().map(p -> p.replaceAll("Generated.*", "")).toList();
    }

    @Test
    void templatesInitOverwritesNothing(@TempDir Path dir) throws IOException {
        Path look = Files.createDirectories(dir.resolve("look"));
        Path mine = Files.writeString(look.resolve("dossier.css"), "/* mine */\n");
        Cli init = Cli.run("templates", "init", look.toString());
        assertEquals(2, init.status(), init.toString());
        assertEquals(List.of("dossier: " + mine + ": exists; not overwriting it; nothing was copied"), init.errLines());
        assertEquals("/* mine */\n", Files.readString(mine));
        try (Stream<Path> files = Files.list(look)) {
            assertEquals(1, files.count(), "nothing else was copied");
        }
        Cli bare = Cli.run("templates");
        assertEquals(2, bare.status());
        assertTrue(bare.err().startsWith("dossier: a subcommand is required (init)"), bare.err());
        Cli typo = Cli.run("templates", "iint", look.toString());
        assertEquals(2, typo.status());
        assertEquals("dossier: unknown command 'iint' (did you mean 'init'?)", typo.errLines().get(0));
    }

    @Test
    void aStyleSheetFolderWithNoTemplateInItIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "nothing here");
        Cli run = Cli.run("build", "samples/cairo-talks.txt", "--templates", empty.toString(), "-o", dir.resolve("x.pdf").toString());
        assertEquals(2, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("holds none of the template files")
                && run.err().contains("dossier templates init " + empty), run.err());
        for (String[] bad : new String[][]{{"--css", dir.resolve("missing.css").toString()}, {"--css", dir.toString()}}) {
            Cli css = Cli.run("build", "samples/cairo-talks.txt", bad[0], bad[1], "-o", dir.resolve("x.pdf").toString());
            assertEquals(2, css.status(), css.toString());
            assertEquals(1, css.errLines().size(), css.err());
            assertTrue(css.err().startsWith("dossier: " + bad[1] + ": "), css.err());
        }
    }

    @Test
    void theConfigFileTakesTheLookToo(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("first.css"), "h1 { color: #00aa00; }\n");
        Path second = Files.writeString(dir.resolve("second.css"), "h1 { color: #0b6e4f; }\n");
        Path config = Files.writeString(dir.resolve("dossier.properties"), "css = " + first + ", " + second + "\n"
                + "paper = a5\nlandscape = true\nsections = actors,summary\nno-marking = true\nwatermark = DRAFT\n");
        System.setProperty("dossier.config", config.toString());
        try {
            byte[] pdf = build(dir);
            PageSetupTest.everyPageIs(pdf, 210, 148);
            assertEquals(List.of("Cover", "Contents", "Actors", "Executive summary"), List.copyOf(PdfLook.bookmarks(pdf).keySet()));
            List<PdfLook.Glyph> heading = PdfLook.find(PdfLook.glyphs(pdf), findHeadingPage(pdf, "Actors"), "Actors");
            assertEquals(ACCENT, heading.get(0).rgb(), "both sheets, in the order given");
            assertFalse(PdfText.of(pdf).all().contains("UNCLASSIFIED"));
            assertTrue(PdfLook.drawnText(pdf).get(0).contains("DRAFT"));
            Files.writeString(config, "paper = a3\n");
            Cli bad = Cli.run("build", "samples/cairo-talks.txt", "-o", dir.resolve("y.pdf").toString());
            assertEquals(2, bad.status());
            assertTrue(bad.err().startsWith("dossier: " + config + ":1: paper: 'a3' is not a paper size"), bad.err());
        } finally {
            System.clearProperty("dossier.config");
        }
    }
}
