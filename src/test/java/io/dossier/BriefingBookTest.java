package io.dossier;

import io.dossier.analyze.Analyzer;
import io.dossier.compose.Book;
import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Dossier;
import io.dossier.ingest.ArticleReader;
import io.dossier.model.Analysis;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A briefing book of the sample and two more articles, read back like a reader would. */
class BriefingBookTest {

    static final List<Path> INPUTS = List.of(Fixtures.SAMPLE,
            Path.of("src/test/resources/articles/rafah-crossing.md"),
            Path.of("src/test/resources/articles/ceasefire-vote.txt"));

    static Book book;
    static byte[] pdf;
    static PdfText text;

    @BeforeAll
    static void build() throws IOException {
        List<Analysis> analyses = new ArrayList<>();
        for (Path p : INPUTS) analyses.add(new Analyzer().analyze(new ArticleReader().read(p)));
        BookRenderer.Rendered r = new BookRenderer(new io.dossier.render.TemplateEngine()).render(analyses,
                new ComposeOptions(null, Dossier.Paper.A4, ZonedDateTime.parse("2024-11-28T09:00:00Z"), "Desk officer"),
                "Morning brief");
        book = r.book();
        pdf = r.pdf();
        Files.createDirectories(Path.of("target/stress"));
        Files.write(Path.of("target/stress/briefing-book.pdf"), pdf);
        text = PdfText.of(pdf);
    }

    /** First page of article n: where its "Article n of 3" kicker is. */
    static int articleStart(int n) {
        return text.pageOf("Article " + n + " of " + INPUTS.size());
    }

    @Test
    void hasCoverContentsASectionPerArticleAndTheIndex() {
        assertTrue(text.page(1).contains("Morning brief"));
        assertTrue(text.page(2).contains("Contents"));
        int previous = 2;
        for (int n = 1; n <= 3; n++) {
            int start = articleStart(n);
            assertTrue(start > previous, "article " + n + " starts on page " + start);
            String section = text.page(start);
            assertTrue(section.contains("Summary: the bottom line"), "summary of article " + n);
            assertTrue(section.replaceAll("\\s+", " ").contains(book.articles().get(n - 1).dossier().title().substring(0, 20)));
            previous = start;
        }
        int index = text.pageOf("Every actor of the 3 articles");
        assertTrue(index > previous, "index after the articles");
        assertTrue(text.flat().contains("Most-mentioned actors over all articles"), "combined chart caption");
    }

    /** A book of twelve articles: its cover names the first six and says how many more the contents list. */
    @Test
    void aLongBooksCoverStaysOnePage() throws IOException {
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < 4; i++) for (Path p : INPUTS) analyses.add(new Analyzer().analyze(new ArticleReader().read(p)));
        byte[] big = new BookRenderer(new io.dossier.render.TemplateEngine()).render(analyses,
                new ComposeOptions(null, Dossier.Paper.A4, ZonedDateTime.parse("2024-11-28T09:00:00Z"), "Desk officer"),
                "Morning brief").pdf();
        PdfText t = PdfText.of(big);
        assertTrue(t.page(1).contains("and 6 more: see Contents"), t.page(1));
        assertTrue(t.page(2).contains("Contents"), "the contents follow the cover at once: " + t.page(2));
        assertTrue(t.page(2).matches("(?s).*Page 2 of \\d+.*"), "the second page has its footer: " + t.page(2));
    }

    @Test
    void contentsGiveThePagesWhereArticlesStart() {
        String contents = text.page(2).replaceAll("[ .]{3,}", " … ");
        for (int n = 1; n <= 3; n++) {
            String shortTitle = book.articles().get(n - 1).shortTitle();
            Matcher m = Pattern.compile(Pattern.quote(n + ". " + shortTitle.substring(0, 25)) + "[^\\n]*… (\\d+)").matcher(contents);
            assertTrue(m.find(), "contents entry for article " + n + " in\n" + contents);
            assertEquals(articleStart(n), Integer.parseInt(m.group(1)), "article " + n);
        }
    }

    @Test
    void bookmarksNestPerArticle() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> top = new ArrayList<>();
            Map<String, List<String>> children = new HashMap<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                List<String> kids = new ArrayList<>();
                for (PDOutlineItem kid : item.children()) kids.add(kid.getTitle());
                children.put(item.getTitle(), kids);
            }
            assertEquals("Cover", top.get(0));
            assertEquals("Contents", top.get(1));
            assertEquals("Actor index", top.get(top.size() - 2));
            assertEquals("Timeline", top.get(top.size() - 1));
            assertEquals(7, top.size(), top.toString());
            for (int n = 1; n <= 3; n++) {
                String title = top.get(n + 1);
                assertTrue(title.startsWith(n + ". "), title);
                assertEquals(List.of("Summary", "Actors", "Quotes and sources"), children.get(title));
            }
        }
    }

    private static final Pattern REF = Pattern.compile("art\\. (\\d+), p\\. (\\d+)");

    @Test
    void actorIndexPageNumbersAreThePagesWhereTheActorAppears() {
        int indexStart = text.pageOf("Every actor of the 3 articles");
        // the index as printed: each line with "art. N, p. P" refs, keyed by the actor name it starts with
        List<String> lines = new ArrayList<>();
        for (int p = indexStart; p <= text.pages().size(); p++) lines.addAll(text.page(p).lines().toList());
        assertFalse(book.index().isEmpty());
        int checked = 0;
        for (Book.IndexEntry entry : book.index()) {
            String line = lines.stream().filter(l -> l.startsWith(entry.name() + " ") && l.contains("art. "))
                    .findFirst().orElseThrow(() -> new AssertionError("no index line for " + entry.name()));
            Matcher m = REF.matcher(line);
            List<Book.Ref> refs = entry.refs();
            for (Book.Ref ref : refs) {
                assertTrue(m.find(), "ref to article " + ref.article() + " missing in: " + line);
                int article = Integer.parseInt(m.group(1));
                int page = Integer.parseInt(m.group(2));
                assertEquals(ref.article(), article, line);
                // the page is inside that article's section ...
                int start = articleStart(article);
                int end = article < 3 ? articleStart(article + 1) - 1 : indexStart - 1;
                assertTrue(page >= start && page <= end, entry.name() + ": page " + page + " outside article "
                        + article + " (pages " + start + "-" + end + ")");
                // ... and shows the actor's row, under the name that article uses
                Book.Entry e = book.articles().get(article - 1);
                String name = e.dossier().actors().get(e.actorAnchors().indexOf(ref.anchor())).name();
                assertTrue(text.page(page).replaceAll("\\s+", " ").contains(name + " "),
                        name + " not on page " + page);
                checked++;
            }
        }
        assertTrue(checked >= 20, "checked " + checked + " references");
    }

    @Test
    void actorsInSeveralArticlesAreOneIndexEntry() {
        Book.IndexEntry hamas = book.index().stream().filter(e -> e.name().equals("Hamas")).findFirst().orElseThrow();
        assertEquals(3, hamas.refs().size(), "Hamas appears in all three articles");
        long abbas = book.index().stream().filter(e -> e.name().contains("Abbas")).count();
        assertEquals(1, abbas, "Mahmoud Abbas is one entry");
    }

    @Test
    void stressedLayoutHolds() {
        assertTrue(pdf.length < 600_000, "size " + pdf.length);
        for (int p = 2; p <= text.pages().size(); p++) {
            assertTrue(text.page(p).contains("Page " + p + " of " + text.pages().size()), "footer on page " + p);
        }
    }
}
