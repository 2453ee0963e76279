package io.dossier.ingest;

import io.dossier.BadInputException;
import io.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ArticleReaderTest {

    private static final String BODY = "The minister said the talks in Cairo would resume on Monday after a pause of two weeks.\n\n"
            + "Officials from both sides have met three times this year, and they said that progress was slow.";
    /** A page needs 50 words of article text (ArticleCheck). */
    private static final String MORE = "Mediators from Egypt and Qatar are expected to attend, and a statement after the first"
            + " session will say whether a second round is planned before the end of the month.";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void plainTextTakesAHeadlineOnlyWhenItLooksLikeOne() throws Exception {
        Article a = new ArticleReader().read(write("a.txt", "Talks Resume in Cairo\n\n" + BODY));
        assertEquals("Talks Resume in Cairo", a.title());
        assertEquals(2, a.paragraphs().size());
        Article b = new ArticleReader().read(write("b.txt", BODY));
        assertEquals(2, b.paragraphs().size(), "a first sentence ending in a period is not a headline");
        assertEquals("The minister said the talks in Cairo would resume on Monday", b.title());
        assertFalse(b.title().endsWith(" on") || b.title().endsWith("."));
    }

    @Test
    void frontMatterWithAndWithoutFences() throws Exception {
        Article a = new ArticleReader().read(write("a.md", "---\ntitle: Cairo talks\nsource: Reuters\ndate: October 9, 2024\nbyline: Jane Doe\n---\n" + BODY));
        assertEquals("Cairo talks", a.title());
        assertEquals("Reuters", a.source());
        assertEquals("2024-10-09", a.date());
        assertEquals("Jane Doe", a.byline());
        Article b = new ArticleReader().read(write("b.txt", "title: Cairo talks\ndate: 2024-10-09\n\n" + BODY));
        assertEquals("Cairo talks", b.title());
        assertEquals("2024-10-09", b.date());
        assertTrue(b.paragraphs().get(0).startsWith("The minister"));
    }

    @Test
    void markdownStripsMarkupAndUsesTheHeading() throws Exception {
        Article a = new ArticleReader().read(write("a.md", "# Talks *resume*\n\nThe **minister** said the [talks](http://x.y) in Cairo would resume"
                + " on Monday after a pause of two weeks.\n\n- Officials from both sides have met three times this year, and they said that progress was slow.\n"));
        assertEquals("Talks resume", a.title());
        assertEquals("The minister said the talks in Cairo would resume on Monday after a pause of two weeks.", a.paragraphs().get(0));
        assertTrue(a.paragraphs().get(1).startsWith("Officials from both sides"));
    }

    @Test
    void aMarkdownBlockQuotationIsInQuotationMarks() throws Exception {
        Article a = new ArticleReader().read(write("q.md", "# Exploit\n\nAskar described the flaw in a post:\n\n"
                + "> The client is allowed to send the server\n> information about certain slots.\n\n"
                + "> \u2014 Ammar Askar\n\nThe \uE000company said nothing.\n"));
        assertEquals(java.util.List.of("Askar described the flaw in a post:",
                "\u201cThe client is allowed to send the server information about certain slots.\u201d", "\u2014 Ammar Askar",
                "The company said nothing."), a.paragraphs());
    }

    @Test
    void htmlKeepsOnlyTheArticle() throws Exception {
        String html = "<html><head><title>Site | Talks</title><meta property='og:title' content='Talks resume in Cairo'>"
                + "<meta property='article:published_time' content='2024-10-09T10:00:00Z'><meta property='og:site_name' content='Reuters'>"
                + "<meta name='author' content='Jane Doe'></head><body><nav><p>Home World Business</p></nav>"
                + "<header><h1>Talks resume in Cairo</h1></header><article><p>" + BODY.replace("\n\n", "</p><p>") + "</p>"
                + "<p>" + MORE + "</p>"
                + "<div class='share-tools'><p>Share this on Facebook</p></div><aside><p>Related: other news</p></aside>"
                + "<div class=\"newsletter-signup\"><p>Sign up for our newsletter</p></div></article>"
                + "<footer><p>Copyright 2024</p></footer><script>var x = 1;</script></body></html>";
        Article a = new ArticleReader().read(write("a.html", html));
        assertEquals("Talks resume in Cairo", a.title());
        assertEquals("2024-10-09", a.date());
        assertEquals("Reuters", a.source());
        assertEquals("Jane Doe", a.byline());
        assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
        assertFalse(a.text().contains("Share") || a.text().contains("newsletter") || a.text().contains("Copyright") || a.text().contains("Home"));
    }

    @Test
    void jsonAndStdin() throws Exception {
        String json = "{\"title\":\"Talks\",\"source\":\"Reuters\",\"date\":\"2024-10-09\",\"url\":\"https://example.com/a\",\"byline\":\"Jane\",\"text\":"
                + "\"" + BODY.replace("\n", "\\n") + "\"}";
        Article a = new ArticleReader().read(write("a.json", json));
        assertEquals("Talks", a.title());
        assertEquals("https://example.com/a", a.url());
        assertEquals(2, a.paragraphs().size());
        Article b = new ArticleReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null, "-");
        assertEquals("Talks", b.title(), "stdin without a hint is sniffed as JSON");
    }

    @Test
    void normalizesInvisibleCharactersButKeepsQuotes() throws Exception {
        Article a = new ArticleReader().read(write("a.txt", "He said \u201Cyes\u201D and \"no\" in\u00A0Cairo\u200B today, the minister of the\u0007 state said.\r\n"
                + "\r\nThe second paragraph of the text is here and it is in English as well."));
        assertEquals("He said \u201Cyes\u201D and \"no\" in Cairo today, the minister of the state said.", a.paragraphs().get(0));
        assertFalse(a.text().contains("\r"));
    }

    @Test
    void windows1252IsDecodedWithAWarning() throws Exception {
        byte[] bytes = ("The minister said the \u201Ctalks\u201D in Cairo would resume on Monday after a pause of two weeks and more.")
                .getBytes("windows-1252");
        Path p = dir.resolve("w.txt");
        Files.write(p, bytes);
        List<String> warnings = new ArrayList<>();
        Article a = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, warnings::add).read(p);
        assertTrue(a.text().contains("\u201Ctalks\u201D"));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("Windows-1252"));
    }

    @Test
    void badInputsSayWhatIsWrongAndNameTheFile() throws Exception {
        assertBad(write("empty.txt", ""), "empty.txt", "empty");
        assertBad(write("blank.txt", "  \n\t\n "), "blank.txt", "empty");
        Path bin = dir.resolve("bin.txt");
        Files.write(bin, new byte[]{'a', 0, 'b', 1, 2, 3});
        assertBad(bin, "bin.txt", "binary");
        assertBad(write("doc.pdf", BODY), "doc.pdf", "unsupported");
        assertBad(write("fr.txt", "Le ministre a déclaré que les pourparlers au Caire reprendraient lundi après une pause de deux semaines. "
                + "Les responsables des deux camps se sont rencontrés trois fois cette année, et ils ont dit que les progrès étaient lents."), "fr.txt", "English");
        Path big = write("big.txt", BODY.repeat(200));
        BadInputException e = assertThrows(BadInputException.class, () -> new ArticleReader(1024, w -> { }).read(big));
        assertTrue(e.getMessage().contains("1 KB"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private static void assertBad(Path p, String name, String words) {
        BadInputException e = assertThrows(BadInputException.class, () -> new ArticleReader().read(p));
        assertTrue(e.getMessage().contains(name), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains(words.toLowerCase()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aOneMegabyteArticleIsReadQuickly() {
        String para = "The minister said the talks in Cairo would resume on Monday after a pause of two weeks, officials said. ";
        StringBuilder b = new StringBuilder();
        while (b.length() < 1_000_000) b.append(para.repeat(5)).append("\n\n");
        long t0 = System.nanoTime();
        Article a = new ArticleReader().read(b.toString(), "txt", "big");
        assertTrue(a.paragraphs().size() > 1000);
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 3000, "reading 1 MB took too long");
    }

    @Test
    void aLongLeadBecomesATitleCutAtAPhraseBoundaryWithoutItsAttribution() throws Exception {
        Article a = new ArticleReader().read(write("lead.txt", "Leaders from the Islamist group Hamas and Palestinian President "
                + "Mahmoud Abbas's Fatah party discussed plans for cooperation after the war in Gaza in a new round of talks "
                + "in Cairo on Wednesday, a Hamas official told Reuters.\n\nThe talks are the first since July."));
        assertEquals("Leaders from the Islamist group Hamas and Palestinian President Mahmoud Abbas's Fatah party "
                + "discussed plans for cooperation", a.title());
    }

    @Test
    void aPdfOrWordFileUnderAnArticleNameIsRefusedByItsBytes() {
        io.dossier.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(io.dossier.BadInputException.class,
                () -> new ArticleReader().read("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << >> endobj\n", "txt", "scan.txt"));
        org.junit.jupiter.api.Assertions.assertEquals("scan.txt: is a PDF document, not an article (use .txt, .md, .html or .json)",
                e.getMessage());
    }
}
