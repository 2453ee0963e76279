package io.dossier;

import io.dossier.model.Actor;
import io.dossier.model.ActorType;
import io.dossier.model.Analysis;
import io.dossier.model.ArticleInfo;
import io.dossier.model.Event;
import io.dossier.model.Figure;
import io.dossier.model.Quote;
import io.dossier.model.QuoteKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A token no line can hold (a long URL, a run of letters) wraps inside its column wherever it
 * appears, instead of widening a table past the page edge and losing its right side.
 */
class LongTokensTest {

    /** 300 characters, no space or hyphen: the kind of link a pasted article carries. */
    static final String URL = "https://www.example.org/news/2024/11/27/" + "cairotalks0123456789".repeat(11) + "cairotalks"
            + "?utm_source=feed&id=1234567890";
    /** 200 letters with no break opportunity at all. */
    static final String WORD = "Abcdefghijklmnopqrstuvwxyz".repeat(8).substring(0, 200);

    /** Left and right page margins in dossier.css, in points; the cover's text sits 4 mm further in. */
    static float margin(int page) {
        return (page == 1 ? 22 : 18) / 25.4f * 72;
    }

    static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        assertEquals(300, URL.length());
        Analysis sample = Fixtures.sample();
        List<String> paragraphs = new ArrayList<>(Fixtures.sampleParagraphs());
        paragraphs.add(1, "The statement was posted at " + URL + " on Wednesday, and " + WORD + " was its tag.");
        ArticleInfo article = new ArticleInfo("Talks in Cairo " + WORD, "Reuters " + WORD, "2024-11-27", URL,
                "By " + WORD, 900, paragraphs);
        List<Actor> actors = new ArrayList<>(sample.actors());
        actors.add(0, new Actor("a99", "Envoy " + WORD, ActorType.PERSON, List.of(WORD + "x"), 20, 1.0,
                "envoy of " + URL, WORD));
        List<Quote> quotes = new ArrayList<>(sample.quotes());
        quotes.add(0, new Quote("Read it at " + URL + " and see " + WORD, QuoteKind.DIRECT, "Envoy " + WORD, "a99",
                null, "said", 0, 10));
        List<Event> timeline = new ArrayList<>(sample.timeline());
        timeline.add(new Event("2024-11-28", "Thursday", "Statement " + URL + " " + WORD));
        List<String> summary = List.of("The envoy " + WORD + " posted " + URL + ".", sample.summary().get(1));
        List<String> keyPoints = List.of("Key " + WORD, "See " + URL);
        List<Figure> figures = List.of(new Figure(WORD, "context " + URL));
        pdf = RenderStressTest.RENDERER.render(new Analysis(null, article, summary, keyPoints, actors, quotes,
                timeline, figures), RenderStressTest.OPTIONS).pdf();
        Files.createDirectories(Path.of("target/stress"));
        Files.write(Path.of("target/stress/long-tokens.pdf"), pdf);
    }

    @Test
    void everyLongTokenIsPrintedWhole() {
        PdfText text = PdfText.of(pdf);
        String squeezed = text.all().replaceAll("\\s", "");
        // appendix, cover link, quote (statements and sidebar), actor role, timeline, summary, key point, figure
        assertTrue(count(squeezed, URL) >= 8, "URL printed " + count(squeezed, URL) + " times");
        // appendix, title (cover, appendix), source, byline, actor name (table, statements, sidebar,
        // sourcing), affiliation, quote, timeline, summary, key point, figure
        assertTrue(count(squeezed, WORD) >= 12, "word printed " + count(squeezed, WORD) + " times");
        String fulltext = squeezed.substring(squeezed.lastIndexOf("Fulltext"));
        assertTrue(fulltext.contains("Thestatementwaspostedat" + URL + "onWednesday,and" + WORD + "wasitstag."),
                "the appendix paragraph is whole");
    }

    @Test
    void noGlyphLiesOutsideTheContentBox() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> outside = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                float margin = margin(p);
                for (TextPosition g : glyphs(doc, p)) {
                    float left = g.getXDirAdj(), right = left + g.getWidthDirAdj();
                    if (left < margin - 1 || right > box.getWidth() - margin + 1) {
                        outside.add("page " + p + " '" + g.getUnicode() + "' at x " + left + ".." + right
                                + " y " + g.getYDirAdj() + " size " + g.getFontSizeInPt());
                    }
                }
            }
            assertTrue(outside.isEmpty(), outside.size() + " glyphs outside, first " + outside.stream().limit(5).toList());
        }
    }

    private static List<TextPosition> glyphs(PDDocument doc, int page) {
        List<TextPosition> all = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    all.add(text);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static int count(String haystack, String needle) {
        return haystack.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
