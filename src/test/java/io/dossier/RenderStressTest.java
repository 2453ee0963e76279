package io.dossier;

import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Dossier;
import io.dossier.model.Actor;
import io.dossier.model.ActorType;
import io.dossier.model.Analysis;
import io.dossier.model.Quote;
import io.dossier.model.QuoteKind;
import io.dossier.render.TemplateEngine;
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
 * The layout must hold for real data of every kind the contract allows. Each case builds a
 * dossier and checks, in the extracted text, what a reader would see.
 */
class RenderStressTest {

    static final DossierRenderer RENDERER = new DossierRenderer(new TemplateEngine());
    static final ComposeOptions OPTIONS = new ComposeOptions(null, Dossier.Paper.A4, ZonedDateTime.parse("2024-11-28T09:00:00Z"));

    /** The names of the fonts the pages of a PDF {@link #render} wrote use. */
    static java.util.Set<String> fonts(String name) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Path.of("target/stress", name + ".pdf").toFile())) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (var page : doc.getPages()) {
                for (var font : page.getResources().getFontNames()) names.add(page.getResources().getFont(font).getName());
            }
            return names;
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    static PdfText render(String name, Analysis analysis) {
        byte[] pdf = RENDERER.render(analysis, OPTIONS).pdf();
        try {
            Path dir = Path.of("target/stress");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        assertTrue(pdf.length < 400_000, name + " is " + pdf.length / 1024 + " KB");
        return PdfText.of(pdf);
    }

    @Test
    void articleWithoutQuotesSaysSoInSidebarAndQuotesSection() {
        PdfText text = render("no-quotes", Fixtures.withQuotes(Fixtures.sample(), List.of()));
        assertTrue(text.page(text.pageOf("Key points")).contains("The article quotes no one."));
        assertTrue(text.flat().contains("The article quotes no one and reports no statements."));
    }

    @Test
    void fortyActorsAllAppearInTheActorTable() {
        PdfText text = render("forty-actors", Fixtures.withActors(Fixtures.sample(), Fixtures.fortyActors()));
        String flat = text.flat();
        for (int i = 1; i <= 40; i++) {
            assertTrue(flat.contains("Actor Number " + i + " "), "actor " + i + " missing");
        }
    }

    @Test
    void fiveThousandWordArticleIsPrintedInFullOnceEach() {
        List<String> paragraphs = Fixtures.longArticle(5000);
        Analysis a = Fixtures.withArticle(Fixtures.sample(), Fixtures.article("A long read", paragraphs));
        PdfText text = render("long-article", a);
        String flat = text.flat();
        assertTrue(text.pages().size() >= 12, "pages: " + text.pages().size());
        // Each numbered paragraph is there, and no line is printed twice across a page break.
        String distinctive = "It was previously a gateway to the outside world";
        int expected = (int) paragraphs.stream().filter(p -> p.contains(distinctive)).count();
        int found = flat.split(java.util.regex.Pattern.quote(distinctive), -1).length - 1;
        // +1: the same sentence is in no summary of this fixture, so only the full text has it
        assertEquals(expected, found, "sentence printed " + found + " times for " + expected + " paragraphs");
        assertTrue(flat.contains(String.valueOf(paragraphs.size())));
    }

    @Test
    void veryLongNameWrapsInsteadOfBeingCutOff() {
        String longName = "Abdulrahman " + "Bin-Mohammed-".repeat(22) + "Al-Final";
        assertTrue(longName.length() >= 300);
        List<Actor> actors = new ArrayList<>(Fixtures.sample().actors());
        actors.add(0, new Actor("a99", longName, ActorType.PERSON, List.of(), 12, 1.0, "envoy", null));
        PdfText text = render("long-name", Fixtures.withActors(Fixtures.sample(), actors));
        String squeezed = text.all().replaceAll("[\\s\\-]", "");
        assertTrue(squeezed.contains(longName.replaceAll("[\\s\\-]", "")), "the whole 300-character name is printed");
    }

    @Test
    void arabicAndHebrewNamesShowAsRealGlyphs() {
        List<Actor> actors = new ArrayList<>(Fixtures.sample().actors());
        actors.add(new Actor("a20", "محمود عباس", ActorType.PERSON, List.of(), 3, 0.5, "رئيس", null));
        actors.add(new Actor("a21", "בנימין נתניהו", ActorType.PERSON, List.of(), 3, 0.5, null, null));
        actors.add(new Actor("a22", "Ελευθέριος Βενιζέλος", ActorType.PERSON, List.of(), 2, 0.4, null, null));
        actors.add(new Actor("a23", "Владимир Путин", ActorType.PERSON, List.of(), 2, 0.4, null, null));
        actors.add(new Actor("a24", "François Hollande-Müller", ActorType.PERSON, List.of(), 2, 0.4, null, null));
        PdfText text = render("scripts", Fixtures.withActors(Fixtures.sample(), actors));
        String flat = text.flat();
        for (String name : List.of("Ελευθέριος Βενιζέλος", "Владимир Путин", "François Hollande-Müller")) {
            assertTrue(flat.contains(name), name);
        }
        String letters = java.text.Normalizer.normalize(flat, java.text.Normalizer.Form.NFKC);
        assertTrue(letters.contains("محمود") && letters.contains("عباس"), "Arabic name");
        assertTrue(letters.contains("בנימין") && letters.contains("נתניהו"), "Hebrew name");
        assertTrue(!flat.contains("#####"));
    }

    @Test
    void templateSyntaxAndMarkupInTheArticleAreShownLiterally() {
        String nasty = "He wrote ${x} and <#if true>boom</#if> then <script>alert(1)</script> and ]]> and &amp; done\u0007.";
        List<String> paragraphs = new ArrayList<>(Fixtures.sampleParagraphs());
        paragraphs.add(nasty);
        Analysis base = Fixtures.withArticle(Fixtures.sample(), Fixtures.article("Title with ${title} & <b>tags</b>", paragraphs));
        List<Quote> quotes = new ArrayList<>(base.quotes());
        quotes.add(new Quote("<#list 1..3 as i>${i}</#list> ]]>", QuoteKind.DIRECT, "Mahmoud Abbas", "a6", null, "said", 0, 10));
        PdfText text = render("injection", Fixtures.withQuotes(base, quotes));
        String flat = text.flat();
        assertTrue(flat.contains("He wrote ${x} and <#if true>boom</#if> then <script>alert(1)</script> and ]]> and &amp; done"), flat);
        // The control character is shown as its visible picture (a bundled symbol font draws it).
        assertTrue(flat.contains("\u2407"), "BEL shown as a control picture");
        assertTrue(fonts("injection").stream().anyMatch(f -> f.endsWith("+NotoSansSymbols2-Regular")), "symbol font embedded");
        assertTrue(flat.contains("Title with ${title} & <b>tags</b>"));
        assertTrue(flat.contains("<#list 1..3 as i>${i}</#list> ]]>"));
    }

    @Test
    void aHandEditedAnalysisMissingNamesAndTextsStillRenders() throws IOException {
        // Before, each of these was refused with a message blaming the bundled templates
        // ("templates/dossier.ftlh:9: cannot evaluate ${a.name}").
        String json = """
                {"article": {"title": null, "paragraphs": ["The talks went on, an official said."]},
                 "actors": [{"id": "a1", "name": null, "type": "person", "mentions": 2},
                            {"id": "a2", "name": "Khalil Al-Hayya", "type": null}],
                 "quotes": [{"text": null, "kind": "direct", "speakerId": "a1"},
                            {"text": "We will meet again", "kind": null, "speakerId": "a1", "start": 99, "end": 3}],
                 "timeline": [{"date": null, "label": null, "text": null}],
                 "figures": [{"value": null, "context": "lost"}, {"value": "2.3 million", "context": null}]}""";
        PdfText text = render("hand-edited", io.dossier.model.AnalysisJson.read(json));
        String flat = text.flat();
        assertTrue(flat.contains("Khalil Al-Hayya") && flat.contains("We will meet again") && flat.contains("Undated")
                && flat.contains("2.3 million"), flat);
    }

    @Test
    void aVeryLongTitleStillFitsTheCover() {
        String title = ("A very long headline about the talks in Cairo between Hamas and Fatah ").repeat(9).substring(0, 600);
        PdfText text = render("long-title", Fixtures.withArticle(Fixtures.sample(),
                Fixtures.article(title, Fixtures.sampleParagraphs())));
        assertTrue(text.page(1).contains("Bottom line") || text.page(1).contains("BOTTOM LINE"), "cover keeps its bottom line");
        assertTrue(text.page(2).contains("Contents"), "the cover is one page, so page 2 is the contents");
    }
}
