package io.dossier;

import io.dossier.model.Analysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One huge paragraph is laid out in time proportional to its length. Flying Saucer alone takes
 * time quadratic in the length of a text node: before {@code TextPieces} a 1 MB paragraph
 * took minutes of layout here (a 300 KB one 23 s under the launcher), now a few seconds.
 */
class BoundedLayoutTest {

    @Test
    void aOneMegabyteParagraphWithoutFullStopsIsLaidOutInSeconds() {
        String words = "the delegation met in cairo on wednesday to discuss the reopening of the crossing ";
        String paragraph = words.repeat(1_000_000 / words.length()) + "and the end";
        Analysis a = Fixtures.withArticle(Fixtures.sample(), Fixtures.article("One long paragraph", List.of(paragraph)));
        DossierRenderer.Rendered r = RenderStressTest.RENDERER.render(a, RenderStressTest.OPTIONS);
        long layoutMs = r.timings().layout() / 1_000_000;
        assertTrue(layoutMs < 30_000, "layout took " + layoutMs + " ms");
        PdfText text = PdfText.of(r.pdf());
        assertTrue(text.pages().size() > 200, "pages: " + text.pages().size());
        assertTrue(text.page(text.pages().size()).replaceAll("\\s+", " ").contains("crossing and the end"));
    }
}
