package io.dossier.render;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cascade matched ahead on a helper thread gives the layout the styles the matcher gives it on
 * the layout's own thread: the same document typesets to the same bytes either way.
 */
class CascadeAheadTest {

    /**
     * Many elements (so that the layout catches up with the helper and waits), generated content,
     * a style attribute, sibling and child-position selectors, and a {@code ::first-line} rule,
     * which the helper does not match and the layout asks of the matcher itself.
     */
    static String document() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            body.append("<div class=\"item").append(i % 3 == 0 ? " third" : "").append("\" id=\"i").append(i).append("\">")
                    .append("<h2>Item ").append(i).append("</h2>")
                    .append("<p>Paragraph <span class=\"name\">Taher Al-Nono</span> said the talks would resume.</p>")
                    .append(i % 7 == 0 ? "<p style=\"color: #aa0000; margin-left: 4mm\">Coloured.</p>" : "")
                    .append("<table><tr><td>a</td><td class=\"num\">").append(i).append("</td></tr></table>")
                    .append("<p class=\"ref\"><a href=\"#i").append(Math.max(1, i - 1)).append("\">previous</a></p></div>");
        }
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>"
                + "body { font-family: \"DejaVu Serif\"; font-size: 10pt; }"
                + ".third h2 { color: #102a43; } .item > p + p { font-style: italic; }"
                + "div.item:first-child h2 { font-size: 20pt; } tr td:last-child { text-align: right; }"
                + "li:nth-child(2n) { color: #333333; } .name::before { content: \"[\"; } .name::after { content: \"]\"; }"
                + ".ref a::after { content: \" (p. \" target-counter(attr(href), page) \")\"; }"
                + ".third p::first-line { font-weight: bold; }"
                + "</style></head><body><ul><li>one</li><li>two</li><li>three</li></ul>" + body + "</body></html>";
    }

    @Test
    void theSameBytesAsTheCascadeOnTheLayoutsThread() {
        String xhtml = document();
        byte[] alone = new PdfTypesetter(false).typeset(xhtml, Map.of()).pdf();
        byte[] ahead = new PdfTypesetter(true).typeset(xhtml, Map.of()).pdf();
        assertTrue(alone.length > 10_000, "a document of many pages");
        assertArrayEquals(alone, ahead);
    }
}
