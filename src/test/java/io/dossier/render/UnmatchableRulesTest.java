package io.dossier.render;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnmatchableRulesTest {

    private static final UnmatchableRules.Vocabulary DOC = new UnmatchableRules.Vocabulary(
            Set.of("html", "body", "p", "table", "td", "span"), Set.of("lede", "data", "num"));

    @Test
    void aSelectorNamingAnAbsentClassOrElementCannotMatch() {
        assertEquals(true, UnmatchableRules.canMatch("table.data td.num", DOC));
        assertEquals(true, UnmatchableRules.canMatch("p.LEDE:first-child", DOC)); // without case: only too much is kept
        assertEquals(false, UnmatchableRules.canMatch(".short .lede", DOC));
        assertEquals(false, UnmatchableRules.canMatch("ul > li", DOC));
        assertEquals(false, UnmatchableRules.canMatch("table.data th", DOC));
        assertEquals(true, UnmatchableRules.canMatch("td[title=\".short\"]::before", DOC));
    }

    @Test
    void whatIsNotReadIsLeftAlone() {
        assertNull(UnmatchableRules.canMatch("p:not(.short)", DOC));
        assertNull(UnmatchableRules.canMatch(".short:nth-child(2)", DOC));
        assertNull(UnmatchableRules.canMatch(".short:unknown", DOC));
        assertNull(UnmatchableRules.canMatch(".1st", DOC));
        String css = ".short, p:weird { color: red }\n.a\\:b, .short { x: y }\nsvg|rect, .short { x: y }\n";
        assertEquals(css, UnmatchableRules.cut(css, DOC));
    }

    @Test
    void cutsSelectorsAndRulesKeepingTheRestAsItWas() {
        String css = "/* head */\n@page { size: A4; @top-left { content: element(header); } }\n"
                + "p { margin: 0 }\n.short .lede { font-size: 9pt; }\n"
                + ".lede, .short p, .cover-title { color: #334e68; content: \"}\" }\n"
                + "@media print { .short { x: y } }\n@import url(\"x.css\");\n";
        String cut = UnmatchableRules.cut(css, DOC);
        assertEquals("/* head */\n@page { size: A4; @top-left { content: element(header); } }\n"
                + "p { margin: 0 }\n\n"
                + ".lede { color: #334e68; content: \"}\" }\n"
                + "@media print { .short { x: y } }\n@import url(\"x.css\");\n", cut);
    }

    @Test
    void aSheetWhoseBlocksDoNotCloseIsLeftAsItIs() {
        String css = ".short { color: red;\n p { }";
        assertEquals(css, UnmatchableRules.cut(css, DOC));
        String stray = ".short { } } .lede { }";
        assertEquals(stray, UnmatchableRules.cut(stray, DOC));
    }

    @Test
    void theBundledSheetLosesItsShortPaperRulesInADocumentOnA4() throws Exception {
        String css = java.nio.file.Files.readString(java.nio.file.Path.of("templates/dossier.css"));
        String cut = UnmatchableRules.cut(css, DOC);
        assertTrue(cut.length() < css.length() / 2, cut);
        assertFalse(cut.contains(".short"), cut);
        assertTrue(cut.contains("@page cover"), cut);
        assertTrue(cut.contains("table.data td {"), cut);
    }
}
