package io.dossier;

import io.dossier.analyze.Analyzer;
import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Dossier;
import io.dossier.finish.PdfFinisher;
import io.dossier.finish.VeraPdf;
import io.dossier.ingest.ArticleReader;
import io.dossier.model.Actor;
import io.dossier.model.ActorType;
import io.dossier.model.Analysis;
import io.dossier.model.Quote;
import io.dossier.model.QuoteKind;
import io.dossier.render.TemplateEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Archival output, judged by veraPDF (the PDF Association's reference validator): PDF/A-2b for
 * dossiers of every kind the stress tests make and for a briefing book; a plain PDF is not.
 */
class PdfaTest {

    static final DossierRenderer RENDERER = new DossierRenderer(new TemplateEngine());
    static final ComposeOptions OPTIONS = new ComposeOptions(null, Dossier.Paper.A4, ZonedDateTime.parse("2024-11-28T09:00:00Z"));

    static byte[] pdfa(Analysis a) {
        return RENDERER.render(a, OPTIONS, PdfFinisher.Archive.PDFA).pdf();
    }

    static void assertPdfa2b(byte[] pdf) {
        Set<String> failures = VeraPdf.failures(pdf, 2);
        assertTrue(failures.isEmpty(), "veraPDF, PDF/A-2b: " + String.join("\n", failures));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), xmp);
            assertEquals(1, doc.getDocumentCatalog().getOutputIntents().size());
            assertEquals("sRGB IEC61966-2.1", doc.getDocumentCatalog().getOutputIntents().get(0).getOutputConditionIdentifier());
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    @Test
    void aPlainPdfIsNotPdfaSoTheValidatorIsReallyLooking() {
        byte[] plain = RENDERER.render(Fixtures.sample(), OPTIONS).pdf();
        assertTrue(!VeraPdf.failures(plain, 2).isEmpty());
    }

    @Test
    void theSampleOnA4AndLetter() {
        Analysis sample = new Analyzer().analyze(new ArticleReader().read(Fixtures.SAMPLE));
        assertPdfa2b(pdfa(sample));
        assertPdfa2b(RENDERER.render(sample, new ComposeOptions(null, Dossier.Paper.LETTER, OPTIONS.generatedAt()),
                PdfFinisher.Archive.PDFA).pdf());
    }

    @Test
    void fortyActors() {
        assertPdfa2b(pdfa(Fixtures.withActors(Fixtures.sample(), Fixtures.fortyActors())));
    }

    @Test
    void arabicAndHebrewNames() {
        List<Actor> actors = new ArrayList<>(Fixtures.sample().actors());
        actors.add(new Actor("a20", "محمود عباس", ActorType.PERSON, List.of(), 3, 0.5, "رئيس", null));
        actors.add(new Actor("a21", "בנימין נתניהו", ActorType.PERSON, List.of(), 3, 0.5, null, null));
        assertPdfa2b(pdfa(Fixtures.withActors(Fixtures.sample(), actors)));
    }

    @Test
    void controlCharactersInTextTitleAndNames() {
        List<String> paragraphs = new ArrayList<>(Fixtures.sampleParagraphs());
        paragraphs.add("A bell\u0007, a form feed\u000C and an escape\u001B[31m in the text.");
        Analysis base = Fixtures.withArticle(Fixtures.sample(), Fixtures.article("Title\u0007 with a bell", paragraphs));
        List<Actor> actors = new ArrayList<>(base.actors());
        actors.add(0, new Actor("a30", "Bell\u0007 Person", ActorType.PERSON, List.of(), 9, 0.99, null, null));
        List<Quote> quotes = new ArrayList<>(base.quotes());
        quotes.add(new Quote("ring\u0007 ring", QuoteKind.DIRECT, "Mahmoud Abbas", "a6", null, "said", 0, 10));
        assertPdfa2b(pdfa(Fixtures.withQuotes(Fixtures.withActors(base, actors), quotes)));
    }

    @Test
    void noQuotes() {
        assertPdfa2b(pdfa(Fixtures.withQuotes(Fixtures.sample(), List.of())));
    }

    @Test
    void aBriefingBookOfThreeArticles() {
        List<Analysis> analyses = new ArrayList<>();
        for (Path p : BriefingBookTest.INPUTS) analyses.add(new Analyzer().analyze(new ArticleReader().read(p)));
        assertPdfa2b(new BookRenderer(new TemplateEngine()).render(analyses, OPTIONS, "Morning brief", PdfFinisher.Archive.PDFA).pdf());
    }

    @Test
    void noCidSetIsLeftInAnyFontDescriptor() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdfa(Fixtures.sample()))) {
            for (var o : doc.getDocument().getObjectsByType(COSName.FONT_DESC)) {
                assertTrue(!((org.apache.pdfbox.cos.COSDictionary) o.getObject()).containsKey(COSName.CID_SET));
            }
        }
    }
}
