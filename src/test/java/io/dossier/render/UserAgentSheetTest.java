package io.dossier.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAgentSheetTest {

    @Test
    void aSelectorsElementIsItsLastCompounds() {
        assertEquals("ul", UserAgentSheet.lastElementName("ol ul"));
        assertEquals("tr", UserAgentSheet.lastElementName("table > tr"));
        assertEquals("caption", UserAgentSheet.lastElementName("table[align=\"center\"] > caption[align=\"left\"]"));
        assertEquals("br", UserAgentSheet.lastElementName("br:before"));
        assertEquals("a", UserAgentSheet.lastElementName("a:link"));
        assertNull(UserAgentSheet.lastElementName(".x :before"));
    }

    @Test
    void keepsTheRulesOfTheDocumentsElementsInTheirOrder() {
        String css = new String(UserAgentSheet.forElements(Set.of("html", "body", "table", "tr", "td", "p", "ul", "li")),
                StandardCharsets.UTF_8);
        assertTrue(css.contains("body { margin: 8px }"), css);
        assertTrue(css.contains("td {"), css);
        assertTrue(css.contains("ul ul"), css); // a nested list's margins
        assertTrue(css.contains("@page"), css);
        assertFalse(css.contains("button"), css);
        assertFalse(css.contains("blockquote"), css);
        assertFalse(css.contains("ul ol"), css); // no ol in the document
        assertTrue(css.indexOf("html, ") < css.indexOf("li {"), "rules keep their order");
    }

    @Test
    void everyRuleSurvivesForADocumentOfEveryElement() {
        // the whole stock sheet, parsed into rules and written again, loses no rule
        Set<String> all = Set.of("html", "address", "blockquote", "body", "dd", "div", "dl", "dt", "fieldset", "form",
                "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "noframes", "ol", "p", "ul", "center", "dir", "hr",
                "menu", "pre", "object", "li", "head", "script", "b", "strong", "i", "cite", "em", "var", "tt", "code", "kbd",
                "samp", "button", "textarea", "input", "select", "big", "small", "s", "strike", "del", "u", "ins", "br", "a",
                "img", "table", "caption", "tr", "col", "colgroup", "tbody", "thead", "tfoot", "td", "th", "sub", "sup");
        String css = new String(UserAgentSheet.forElements(all), StandardCharsets.UTF_8);
        assertEquals(53, css.chars().filter(c -> c == '{').count(), css); // its 53 rules, @page among them
    }
}
