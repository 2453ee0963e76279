package io.dossier;

import io.dossier.analyze.Analyzer;
import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Dossier;
import io.dossier.ingest.ArticleReader;
import io.dossier.model.Analysis;
import io.dossier.render.TemplateEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled sample, built end to end (ingest → analyze → render) and read back like a reader would. */
class SampleDossierTest {

    static byte[] pdf;
    static PdfText text;
    static Analysis analysis;

    @BeforeAll
    static void build() {
        analysis = new Analyzer().analyze(new ArticleReader().read(Fixtures.SAMPLE));
        pdf = new DossierRenderer(new TemplateEngine()).render(analysis,
                new ComposeOptions("UNCLASSIFIED // FOR BRIEFING USE", Dossier.Paper.A4,
                        ZonedDateTime.parse("2024-11-28T09:00:00Z"))).pdf();
        text = PdfText.of(pdf);
    }

    @Test
    void isAPrintableMultiPageDocumentUnder250KB() {
        assertTrue(text.pages().size() >= 5, "pages: " + text.pages().size());
        assertTrue(pdf.length < 250 * 1024, "size: " + pdf.length);
    }

    @Test
    void contentsPageNumbersAreThePagesWhereSectionsStart() {
        int contentsPage = text.pageOf("Contents");
        Matcher m = Pattern.compile("(?m)^(.+?)\\s*\\.{3,}\\s*(\\d+)\\s*$").matcher(text.page(contentsPage));
        Map<String, Integer> toc = new LinkedHashMap<>();
        while (m.find()) toc.put(m.group(1).strip(), Integer.parseInt(m.group(2)));
        assertEquals(List.of("Executive summary", "Actors", "Quotes and sources", "Timeline", "Places and figures", "Full text"),
                List.copyOf(toc.keySet()));
        for (var e : toc.entrySet()) {
            String page = text.page(e.getValue());
            assertTrue(page.contains("\n" + e.getKey() + "\n") || page.startsWith(e.getKey() + "\n")
                            || page.contains(e.getKey() + "\n"),
                    e.getKey() + " should start on page " + e.getValue());
            // ...and not already on the page before
            assertFalse(text.page(e.getValue() - 1).lines().anyMatch(l -> l.strip().equals(e.getKey())),
                    e.getKey() + " heading also on page " + (e.getValue() - 1));
        }
    }

    @Test
    void everyPageAfterTheCoverHasHeaderMarkingAndPageXofY() {
        int n = text.pages().size();
        for (int p = 2; p <= n; p++) {
            String page = text.page(p);
            assertTrue(page.contains("UNCLASSIFIED // FOR BRIEFING USE"), "marking on page " + p);
            assertTrue(page.contains("Page " + p + " of " + n), "Page X of Y on page " + p);
        }
        assertTrue(text.page(1).contains("UNCLASSIFIED // FOR BRIEFING USE"), "marking on the cover");
    }

    @Test
    void bookmarksPointAtEverySection() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertNotNull(outline);
            Map<String, Integer> marks = new LinkedHashMap<>();
            for (PDOutlineItem item : outline.children()) {
                PDPageDestination dest = (PDPageDestination) item.getDestination();
                marks.put(item.getTitle(), doc.getPages().indexOf(dest.getPage()) + 1);
            }
            for (String section : List.of("Executive summary", "Actors", "Quotes and sources", "Timeline", "Full text")) {
                assertTrue(marks.containsKey(section), "bookmark " + section);
                assertTrue(text.page(marks.get(section)).contains(section), section + " bookmark lands on its page");
            }
        }
    }

    @Test
    void metadataAndEmbeddedSubsetFontsAndNoRasterImages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(analysis.article().title(), doc.getDocumentInformation().getTitle());
            assertNotNull(doc.getDocumentInformation().getCreationDate());
            assertNotNull(doc.getDocumentCatalog().getMetadata(), "XMP metadata");
            try (var xmp = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xmp);
                assertEquals(analysis.article().title(), xml.getElementsByTagName("rdf:li").item(0).getTextContent(),
                        "XMP is well-formed and carries the title");
            } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
                throw new AssertionError("XMP packet is not well-formed XML", e);
            }
            for (PDPage page : doc.getPages()) checkResources(page.getResources());
        }
    }

    private static void checkResources(PDResources res) throws IOException {
        if (res == null) return;
        for (COSName name : res.getFontNames()) {
            PDFont font = res.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " embedded");
            assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " subset");
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            assertFalse(x instanceof PDImageXObject, "raster image " + name);
            if (x instanceof PDFormXObject form) checkResources(form.getResources());
        }
    }

    @Test
    void sidebarSitsOnTheSummaryPageAndNamesTheSpeaker() {
        int summary = text.pageOf("Key points");
        String page = text.page(summary).replaceAll("\\s+", " ");
        assertTrue(page.contains("KEY QUOTES") || page.contains("Key quotes"));
        assertTrue(page.contains("The meeting will discuss the Israeli aggression"), "key quote beside the summary");
        assertTrue(page.contains("Taher Al-Nono"), "the key quote names its speaker");
    }

    @Test
    void sidebarIsPrintedBesideTheBottomLineNotBelowIt() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int page = text.pageOf("Key points");
            java.util.Map<String, float[]> where = new java.util.HashMap<>();
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String s, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (String key : List.of("Bottom line", "KEY QUOTES", "Key points")) {
                        if (s.contains(key) && !where.containsKey(key)) {
                            var first = positions.get(0);
                            where.put(key, new float[]{first.getXDirAdj(), first.getYDirAdj()});
                        }
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
            float[] bottomLine = where.get("Bottom line");
            float[] sidebar = where.get("KEY QUOTES");
            assertNotNull(sidebar, "sidebar heading on the summary page");
            assertTrue(sidebar[0] > bottomLine[0] + 200, "sidebar is to the right of the summary");
            assertTrue(Math.abs(sidebar[1] - bottomLine[1]) < 40, "sidebar starts level with the bottom line");
        }
    }

    @Test
    void coverIsLabelledCoverAndBodyPagesAreNumbered() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals("Cover", labels[0]);
            assertEquals("2", labels[1]);
        }
    }

    @Test
    void fullTextAppendixNumbersEveryParagraph() {
        String full = text.page(text.pages().size()).replaceAll("\\s+", " ");
        int paragraphs = analysis.article().paragraphs().size();
        assertTrue(text.flat().contains(paragraphs + " " + analysis.article().paragraphs().get(paragraphs - 1).substring(0, 30)));
        assertTrue(full.contains("Full text"));
    }
}
