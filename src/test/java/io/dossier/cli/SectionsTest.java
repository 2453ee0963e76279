package io.dossier.cli;

import io.dossier.PdfLook;
import io.dossier.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.dossier.cli.StylingTest.build;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --sections chooses and orders the sections; the contents and the bookmarks follow. */
class SectionsTest {

    static final List<String> HEADINGS = List.of("Executive summary", "Actors", "Quotes and sources", "Timeline",
            "Places and figures", "Full text");

    /** The contents page's entries, heading to page number, in order. */
    static Map<String, Integer> contents(PdfText text) {
        int page = text.pageOf("Contents");
        Matcher m = Pattern.compile("(?m)^(.+?)\\s*\\.{3,}\\s*(\\d+)\\s*$").matcher(text.page(page));
        Map<String, Integer> toc = new LinkedHashMap<>();
        while (m.find()) toc.put(m.group(1).strip(), Integer.parseInt(m.group(2)));
        return toc;
    }

    /** The section headings that start a page (a line of their own), in page order. */
    static List<String> sectionsShown(PdfText text) {
        List<String> shown = new ArrayList<>();
        for (int p = 3; p <= text.pages().size(); p++) {
            for (String heading : HEADINGS) {
                if (text.page(p).lines().anyMatch(l -> l.strip().equals(heading)) && !shown.contains(heading)) shown.add(heading);
            }
        }
        return shown;
    }

    @Test
    void summaryAndQuotesGiveExactlyThoseWithContentsAndBookmarksAgreeing(@TempDir Path dir) throws IOException {
        byte[] pdf = build(dir, "--sections", "summary,quotes");
        PdfText text = PdfText.of(pdf);
        assertEquals(List.of("Executive summary", "Quotes and sources"), sectionsShown(text));
        Map<String, Integer> toc = contents(text);
        assertEquals(List.of("Executive summary", "Quotes and sources"), List.copyOf(toc.keySet()));
        Map<String, Integer> marks = PdfLook.bookmarks(pdf);
        assertEquals(List.of("Cover", "Contents", "Executive summary", "Quotes and sources"), List.copyOf(marks.keySet()));
        for (var e : toc.entrySet()) {
            assertEquals(e.getValue(), marks.get(e.getKey()), "contents and bookmark agree on " + e.getKey());
            assertTrue(text.page(e.getValue()).lines().anyMatch(l -> l.strip().equals(e.getKey())), e.getKey() + " on its page");
        }
        assertFalse(text.flat().contains("Full text"), "no full text");
        assertFalse(text.flat().contains("Mentions"), "no actors table");
    }

    @Test
    void theOrderGivenIsTheOrderShown(@TempDir Path dir) throws IOException {
        byte[] pdf = build(dir, "--sections", "quotes, actors,summary");
        PdfText text = PdfText.of(pdf);
        List<String> order = List.of("Quotes and sources", "Actors", "Executive summary");
        assertEquals(order, sectionsShown(text));
        assertEquals(order, List.copyOf(contents(text).keySet()));
        assertEquals(order, List.copyOf(PdfLook.bookmarks(pdf).keySet()).subList(2, 5));
    }

    @Test
    void anUnknownSectionIsOneLineListingTheValidNames(@TempDir Path dir) {
        String out = dir.resolve("x.pdf").toString();
        PageSetupTest.assertBad(List.of("dossier: --sections: 'sumary' is not a section (sections: summary, actors, quotes,"
                + " timeline, places, fulltext)"), "--sections", "summary,sumary", "-o", out);
        PageSetupTest.assertBad(List.of("dossier: --sections: 'cover' always comes first; it is not chosen (sections: summary,"
                + " actors, quotes, timeline, places, fulltext)"), "--sections", "cover,summary", "-o", out);
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void aBookShowsTheChosenPartsOfEachArticle(@TempDir Path dir) throws IOException {
        Path a = Files.copy(Path.of("samples/cairo-talks.txt"), dir.resolve("a.txt"));
        Path b = Files.copy(TestArticles.CEASEFIRE, dir.resolve("b.txt"));
        Path pdf = dir.resolve("book.pdf");
        Cli run = Cli.run("build", a.toString(), b.toString(), "-o", pdf.toString(), "--sections", "quotes,summary");
        assertEquals(0, run.status(), run.toString());
        byte[] bytes = Files.readAllBytes(pdf);
        PdfText text = PdfText.of(bytes);
        assertFalse(text.flat().contains("Actor index"), "no actor index without the actors");
        assertFalse(text.flat().contains("Timeline"), "no timeline when not chosen");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            for (var article : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (!article.getTitle().matches("\\d+\\. .*")) continue;
                List<String> parts = new ArrayList<>();
                article.children().forEach(i -> parts.add(i.getTitle()));
                assertEquals(List.of("Quotes and sources", "Summary"), parts, article.getTitle());
            }
        }
        int contents = text.pageOf("Contents");
        assertTrue(text.page(contents).contains("Quotes and sources") && !text.page(contents).contains("Actors"), text.page(contents));
    }
}
