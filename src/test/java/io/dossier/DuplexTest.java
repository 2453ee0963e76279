package io.dossier;

import io.dossier.analyze.Analyzer;
import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Dossier;
import io.dossier.finish.PdfFinisher;
import io.dossier.finish.VeraPdf;
import io.dossier.ingest.ArticleReader;
import io.dossier.model.Analysis;
import io.dossier.render.TemplateEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample laid out for two-sided printing (--duplex), read back as a reader holding the printed
 * sheets would: each major section on a right-hand (odd) page, the empty backs really empty, the
 * margins mirrored, and the viewer told to print duplex at 100%.
 */
class DuplexTest {

    static final List<String> SECTIONS = List.of("Contents", "Executive summary", "Actors", "Quotes and sources",
            "Timeline", "Places and figures", "Full text");

    static byte[] pdf;
    static PdfText text;

    @BeforeAll
    static void build() throws IOException {
        Analysis sample = new Analyzer().analyze(new ArticleReader().read(Fixtures.SAMPLE));
        ComposeOptions options = new ComposeOptions(null, Dossier.Paper.A4, ZonedDateTime.parse("2024-11-28T09:00:00Z"))
                .withDuplex(true);
        pdf = new DossierRenderer(new TemplateEngine()).render(sample, options, PdfFinisher.Archive.PDFA).pdf();
        Files.createDirectories(Path.of("target/stress"));
        Files.write(Path.of("target/stress/duplex.pdf"), pdf);
        text = PdfText.of(pdf);
    }

    /** The page where a section's heading is a line of its own. */
    static int startOf(PdfText t, String heading) {
        for (int p = 2; p <= t.pages().size(); p++) {
            if (t.page(p).lines().anyMatch(l -> l.strip().equals(heading))) return p;
        }
        throw new AssertionError(heading + " not found");
    }

    @Test
    void everyMajorSectionStartsOnARightHandPage() {
        for (String s : SECTIONS) {
            int page = startOf(text, s);
            assertEquals(1, page % 2, s + " starts on page " + page);
        }
    }

    @Test
    void blankBacksCarryNoHeaderOrFooter() {
        int blanks = 0;
        for (int p = 2; p <= text.pages().size(); p++) {
            String page = text.page(p);
            if (page.isBlank()) {
                blanks++;
                assertEquals(0, p % 2, "a blank page is a left-hand page: " + p);
                // the next page starts a section
                int next = p + 1;
                assertTrue(SECTIONS.stream().anyMatch(s -> text.page(next).lines().anyMatch(l -> l.strip().equals(s))),
                        "page " + next + " after a blank one starts a section");
            } else {
                assertTrue(page.contains("UNCLASSIFIED // FOR BRIEFING USE") && page.contains("Page " + p + " of "),
                        "header and footer on page " + p);
            }
        }
        assertTrue(blanks >= 1, "the back of the cover at least");
        assertTrue(text.page(2).isBlank(), "the back of the cover is blank");
    }

    @Test
    void marginsAreMirrored() throws IOException {
        List<Float> left = leftEdges(pdf);
        for (int p = 2; p <= left.size(); p++) {
            Float x = left.get(p - 1);
            if (x == null) continue;
            // inner margin 24 mm (68 pt), outer 12 mm (34 pt)
            if (p % 2 == 1) assertEquals(68, x, 3, "right-hand page " + p + " has its wide margin on the left");
            else assertEquals(34, x, 3, "left-hand page " + p + " has its wide margin on the right");
        }
    }

    /** The leftmost text x of each page (null: no text). */
    static List<Float> leftEdges(byte[] pdf) throws IOException {
        List<Float> edges = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                float[] min = {Float.MAX_VALUE};
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String string, List<TextPosition> positions) {
                        for (TextPosition t : positions) min[0] = Math.min(min[0], t.getXDirAdj());
                    }
                };
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(doc);
                edges.add(min[0] == Float.MAX_VALUE ? null : min[0]);
            }
        }
        return edges;
    }

    @Test
    void viewerPreferencesSayDuplexAndNoScaling() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDViewerPreferences prefs = doc.getDocumentCatalog().getViewerPreferences();
            assertEquals(PDViewerPreferences.DUPLEX.DuplexFlipLongEdge.toString(), prefs.getDuplex());
            assertEquals(PDViewerPreferences.PRINT_SCALING.None.toString(), prefs.getPrintScaling());
        }
    }

    @Test
    void stillPdfa2b() {
        assertEquals(java.util.Set.of(), VeraPdf.failures(pdf, 2));
    }

    @Test
    void aBookStartsEachArticleOnARightHandPage() throws IOException {
        List<Analysis> analyses = new ArrayList<>();
        for (Path p : BriefingBookTest.INPUTS) analyses.add(new Analyzer().analyze(new ArticleReader().read(p)));
        byte[] book = new BookRenderer(new TemplateEngine()).render(analyses,
                new ComposeOptions(null, Dossier.Paper.LETTER, ZonedDateTime.parse("2024-11-28T09:00:00Z")).withDuplex(true),
                "Morning brief").pdf();
        PdfText t = PdfText.of(book);
        for (int n = 1; n <= analyses.size(); n++) {
            int page = t.pageOf("Article " + n + " of " + analyses.size());
            assertEquals(1, page % 2, "article " + n + " starts on page " + page);
        }
        for (int p = 2; p <= t.pages().size(); p++) {
            if (t.page(p).isBlank()) assertEquals(0, p % 2, "blank page " + p + " is a left-hand one");
        }
    }

    @Test
    void withoutDuplexNothingChanges() {
        Analysis sample = Fixtures.sample();
        ComposeOptions plain = new ComposeOptions(null, Dossier.Paper.A4, ZonedDateTime.parse("2024-11-28T09:00:00Z"));
        PdfText t = PdfText.of(new DossierRenderer(new TemplateEngine()).render(sample, plain).pdf());
        for (int p = 1; p <= t.pages().size(); p++) assertTrue(!t.page(p).isBlank(), "no blank page " + p);
    }
}
