package io.dossier.ingest;

import io.dossier.BadInputException;
import io.dossier.model.Article;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Web pages made by hand, one trait of real pages each. */
class HtmlExtractionTest {

    private static final String P1 = "The minister said the talks in Cairo would resume on Monday after a pause of two weeks,"
            + " and that both delegations had agreed to an agenda drawn up by the mediators.";
    private static final String P2 = "Officials from both sides have met three times this year, and they said that progress"
            + " was slow but that the latest proposals had narrowed the gap on the main questions.";
    private static final String P3 = "Mediators from Egypt and Qatar are expected to attend, and a statement after the first"
            + " session will say whether a second round is planned before the end of the month.";

    private static Article read(String html) {
        return new ArticleReader().read(html, "html", "page.html");
    }

    private static String page(String head, String article) {
        return "<!doctype html><html lang='en'><head>" + head + "</head><body><nav><a href='/'>Home</a></nav>"
                + "<main><article>" + article + "</article></main><footer>About us</footer></body></html>";
    }

    @Test
    void furnitureInsideTheArticleIsDropped() {
        Article a = read(page("<title>Talks resume - Example News</title>", "<h1>Talks resume</h1>"
                + "<p class='byline'>By Jane Doe</p><p><time>49 minutes ago</time></p>"
                + "<figure><img src='a.jpg'><figcaption>Delegates arrive in Cairo on Sunday. Photo: Reuters</figcaption></figure>"
                + "<p>" + P1 + "</p><p>Advertisement</p><p>" + P2 + "</p><p>Read more stories</p><p>" + P3 + "</p>"
                + "<p>View this image ›</p><ul class='tags'><li><a href='/t/egypt'>Egypt</a></li><li><a href='/t/qatar'>Qatar</a></li></ul>"));
        assertEquals(java.util.List.of(P1, P2, P3), a.paragraphs());
    }

    @Test
    void aLongBlockWithABoilerplateNameIsKept() {
        // a wrapper named "read-more" holding the second half of the story stays
        Article a = read(page("<title>Talks</title>", "<p>" + P1 + "</p><div class='read-more'><p>" + P2 + "</p><p>" + P3 + "</p></div>"));
        assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
    }

    @Test
    void metadataFromJsonLdAndMetaTags() {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Example\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume in Cairo\",\"datePublished\":\"2024-10-09T10:00:00Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}]}</script>";
        Article a = read(page("<title>Talks resume in Cairo | Example News</title>" + ld
                + "<link rel='canonical' href='https://news.example.com/2024/10/09/talks'>", "<p>" + P1 + "</p><p>" + P2 + "</p>"));
        assertEquals("Talks resume in Cairo", a.title());
        assertEquals("2024-10-09", a.date());
        assertEquals("Jane Doe and John Roe", a.byline());
        assertEquals("Example News", a.source());
        assertEquals("https://news.example.com/2024/10/09/talks", a.url());
    }

    @Test
    void titleLosesTheSiteNameAndBylineLosesTheDate() {
        Article a = read(page("<title>Talks resume in Cairo - BBC News</title><meta property='og:site_name' content='BBC News'>"
                + "<meta property='article:published_time' content='2016-12-22T08:00:00Z'>",
                "<div class='byline'>by Lucas Nolan22 Dec 2016651</div><p>" + P1 + "</p><p>" + P2 + "</p>"));
        assertEquals("Talks resume in Cairo", a.title());
        assertEquals("Lucas Nolan", a.byline());
        assertEquals("2016-12-22", a.date());
        assertFalse(a.text().contains("Lucas"));
    }

    @Test
    void aDatePublishedTimeElementCounts() {
        Article a = read(page("<title>Talks</title>", "<p><time datetime='2023-10-07T09:00'>Oct. 7</time></p><p>" + P1 + "</p><p>" + P2 + "</p>"));
        assertEquals("2023-10-07", a.date());
    }

    @Test
    void aCookieBannerIsNotTheArticle() {
        String banner = "<div class='cookie-consent' role='dialog'><p>We use cookies and similar technologies to improve your browsing"
                + " experience, personalize content and offers, show targeted ads, analyze traffic, and better understand you. We may"
                + " share your information with third-party partners for marketing purposes. By clicking Accept you consent.</p></div>";
        Article a = read("<html><body>" + banner + "<div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></body></html>");
        assertFalse(a.text().contains("cookies"), a.text());
        assertTrue(a.text().contains("Mediators"));
    }

    @Test
    void aPageWithAHandfulOfWordsIsRefused() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> read(page("<title>Story</title>", "<p>Advertisement</p><p>The story is loading, please wait.</p>")));
        assertTrue(e.getMessage().startsWith("page.html: found only "), e.getMessage());
    }

    @Test
    void anIndexPageIsRefused() {
        StringBuilder teasers = new StringBuilder("<html><head><title>World news</title></head><body><h1>World</h1><ul>");
        for (int i = 0; i < 40; i++) {
            teasers.append("<li><a href='/story/").append(i).append("'>Officials meet in Cairo for the talks number ").append(i)
                    .append("</a></li>");
        }
        teasers.append("</ul></body></html>");
        BadInputException e = assertThrows(BadInputException.class, () -> read(teasers.toString()));
        assertTrue(e.getMessage().contains("looks like an index page, not an article"), e.getMessage());
    }

    @Test
    void noTitleMeansNullNotTheSiteName() {
        Article a = read("<html><body><div><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>");
        assertNull(a.source());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void aBlockQuotationIsInQuotationMarks() {
        // a passage a person wrote, set off as print sets it: the text gets the marks a plain text would give it;
        // not the line that credits it, a pull quote with its own marks, nor code
        Article a = read(page("<title>Exploit</title>", "<p>" + P1 + "</p><p>Askar described the flaw in a post:</p>"
                + "<blockquote><p>The client is allowed to send the server information about certain slots.</p>"
                + "<pre>rekt: { list: [ list: [ ] ] }</pre>&mdash; Ammar Askar (@ammar2) April 16, 2015</blockquote>"
                + "<blockquote><p>\u201cWe will fix it,\u201d the company said.</p></blockquote><p>" + P2 + "</p>"));
        assertEquals(java.util.List.of(P1, "Askar described the flaw in a post:",
                "\u201cThe client is allowed to send the server information about certain slots.\u201d",
                "rekt: { list: [ list: [ ] ] }", "\u2014 Ammar Askar (@ammar2) April 16, 2015",
                "\u201cWe will fix it,\u201d the company said.", P2), a.paragraphs());
        io.dossier.model.Analysis analysis = new io.dossier.analyze.Analyzer().analyze(a);
        assertEquals("Ammar Askar", analysis.quotes().stream().filter(q -> q.text().startsWith("The client")).findFirst().orElseThrow().speaker());
    }

    @Test
    void aPageNestedThousandsDeepIsReadWhole() {
        // a hostile page: 20,000 nested elements ran the readability library and the walks out of stack
        String article = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
        Article a = read(page("<title>Talks</title>", "<div>".repeat(20_000) + article + "</div>".repeat(20_000)));
        assertEquals(java.util.List.of(P1, P2, P3), a.paragraphs());
        Article b = read(page("<title>Talks</title>", "<p>" + P1 + "</p>" + "<blockquote>".repeat(20_000) + P2 + "</blockquote>".repeat(20_000)));
        assertTrue(b.paragraphs().contains(P1) && b.paragraphs().stream().anyMatch(p -> p.contains("Officials from both sides")), b.paragraphs().toString());
        // text at every level: nothing to unwrap, so what lies too deep becomes its text, in one pass
        Article c = read(page("<title>Talks</title>", "<p>" + P1 + "</p>" + "<div>and the ".repeat(20_000) + P3 + "</div>".repeat(20_000)));
        assertTrue(c.paragraphs().stream().anyMatch(p -> p.contains("Mediators from Egypt")), c.paragraphs().toString());
    }
}
