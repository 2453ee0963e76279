package io.dossier.cli;

import io.dossier.PdfLook;
import io.dossier.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.dossier.cli.StylingTest.aCorrectDossier;
import static io.dossier.cli.StylingTest.build;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --paper, --landscape and --margins give those page boxes and that text area; without them the style sheets decide. */
class PageSetupTest {

    static final float MM = 72f / 25.4f;

    static void everyPageIs(byte[] pdf, float widthMm, float heightMm) {
        List<float[]> sizes = PdfLook.pageSizes(pdf);
        for (int p = 0; p < sizes.size(); p++) {
            assertEquals(widthMm * MM, sizes.get(p)[0], 1, "width of page " + (p + 1));
            assertEquals(heightMm * MM, sizes.get(p)[1], 1, "height of page " + (p + 1));
        }
    }

    @Test
    void a5Landscape(@TempDir Path dir) throws IOException {
        byte[] pdf = build(dir, "--paper", "a5", "--landscape");
        everyPageIs(pdf, 210, 148);
        aCorrectDossier(pdf);
        assertTrue(PdfText.of(pdf).page(1).contains("Bottom line".toUpperCase()) || PdfText.of(pdf).page(1).contains("BOTTOM LINE"),
                "the cover keeps to one page");
    }

    @Test
    void aSizeInMillimetres(@TempDir Path dir) throws IOException {
        byte[] pdf = build(dir, "--paper", "200x250mm");
        everyPageIs(pdf, 200, 250);
        aCorrectDossier(pdf);
        everyPageIs(build(dir, "--paper", "8.5x11in"), 215.9f, 279.4f);
        everyPageIs(build(dir, "--paper", "legal"), 215.9f, 355.6f);
    }

    @Test
    void marginsOf15mmPutTheTextThere(@TempDir Path dir) throws IOException {
        byte[] pdf = build(dir, "--margins", "15mm");
        everyPageIs(pdf, 210, 297);
        aCorrectDossier(pdf);
        float left = 15 * MM;
        float right = (210 - 15) * MM;
        float leftmost = Float.MAX_VALUE;
        for (PdfLook.Glyph g : PdfLook.glyphs(pdf)) {
            if (g.text().isBlank()) continue;
            assertTrue(g.x() >= left - 0.5 && g.x() + g.width() <= right + 0.5,
                    "'" + g.text() + "' on page " + g.page() + " at " + g.x() / MM + " mm lies outside the margins");
            leftmost = Math.min(leftmost, g.x());
        }
        assertEquals(left, leftmost, 1.5, "the text starts at the margin");
        // the bundled margins are 18 mm at the sides
        float bundled = PdfLook.glyphs(build(dir)).stream().map(PdfLook.Glyph::x).min(Float::compare).orElseThrow();
        assertEquals(18 * MM, bundled, 1.5);
    }

    @Test
    void withoutFlagsTheStyleSheetsPageSizeHolds(@TempDir Path dir) throws IOException {
        Path css = Files.writeString(dir.resolve("letter.css"), "@page { size: letter; }\n");
        everyPageIs(build(dir, "--css", css.toString()), 215.9f, 279.4f);
        everyPageIs(build(dir, "--css", css.toString(), "--paper", "a5"), 148, 210);
        Path look = Files.createDirectories(dir.resolve("look"));
        Files.writeString(look.resolve("dossier.css"), "@page { size: 200mm 200mm; }\n");
        everyPageIs(build(dir, "--templates", look.toString()), 200, 200);
        everyPageIs(build(dir), 210, 297);
    }

    @Test
    void badPageSetUpIsOneLine(@TempDir Path dir) {
        String out = dir.resolve("x.pdf").toString();
        assertBad(List.of("dossier: --paper: 'a3' is not a paper size (use a4, a5, letter, legal or WIDTHxHEIGHT in mm, cm or in,"
                + " e.g. 200x250mm)"), "--paper", "a3", "-o", out);
        assertBad(List.of("dossier: --paper: '20x30mm': each side must be between 90 and 1200 mm"), "--paper", "20x30mm", "-o", out);
        assertBad(List.of("dossier: --margins: 'wide' is not a margin (one to four lengths in mm, cm, in or pt, as in CSS: 15mm,"
                + " or 20mm 15mm for top and bottom, left and right)"), "--margins", "wide", "-o", out);
        assertBad(List.of("dossier: --margins: margins of 70mm 70mm 70mm 70mm leave 8 mm for the text on a 148 x 210 mm page"
                + " (at least 60 mm)"), "--margins", "70mm", "--paper", "a5", "-o", out);
        assertTrue(!Files.exists(Path.of(out)));
    }

    static void assertBad(List<String> lines, String... options) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("build", "samples/cairo-talks.txt"),
                java.util.stream.Stream.of(options)).toArray(String[]::new);
        Cli run = Cli.run(args);
        assertEquals(2, run.status(), run.toString());
        assertEquals(lines, run.errLines());
    }
}
