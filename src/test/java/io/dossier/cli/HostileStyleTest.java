package io.dossier.cli;

import io.dossier.PdfLook;
import io.dossier.PdfText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.dossier.cli.StylingTest.aCorrectDossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Style sheets and logos are downloaded and shared, so they are hostile like template folders: a
 * {@code --css} file or an SVG may read no file beside it, reach no server (a loopback server
 * counts every request), run nothing, and not make the run endless; a bad one is one line.
 */
class HostileStyleTest {

    private static CountingServer server;
    private static String base;
    private static final String SECRET = "SECRET-51d0-NOT-FOR-STYLE-SHEETS";

    @BeforeAll
    static void server() {
        server = CountingServer.start("h1 { color: red; } " + SECRET);
        base = server.base();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static Cli build(Path dir, String... options) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("build", "samples/cairo-talks.txt", "-o",
                dir.resolve("x.pdf").toString()), java.util.stream.Stream.of(options)).toArray(String[]::new);
        return Cli.run(args);
    }

    static void refusedInOneLine(Cli run, String expected) {
        assertEquals(2, run.status(), run.toString());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("dossier: ") && run.err().contains(expected), run.err());
    }

    @Test
    void aCssFileLoadsNothingBesideItNorFromTheNetwork(@TempDir Path dir) throws IOException {
        Path downloads = Files.createDirectories(dir.resolve("Downloads"));
        Files.writeString(downloads.resolve("secret.txt"), SECRET);
        Files.copy(BrandingTest.png(dir), downloads.resolve("passport.png"));
        Files.writeString(downloads.resolve("other.css"), "h1 { color: red; }");
        Path css = Files.writeString(downloads.resolve("brand.css"), "@import url(\"other.css\");\n"
                + "@import url(\"" + base + "/imp.css\");\n"
                + "@font-face { font-family: \"Evil\"; src: url(\"" + base + "/f.ttf\"); }\n"
                + "@font-face { font-family: \"Evil2\"; src: url(\"secret.txt\"); }\n"
                + "body { background: url(\"passport.png\"); }\n"
                + ".cover { background-image: url(\"" + downloads.resolve("passport.png").toUri() + "\"); }\n"
                + "h2 { background: url(\"" + base + "/bg.png\"); }\n"
                + "h1 { color: #0b6e4f; font-family: \"Evil\", \"Evil2\", \"DejaVu Sans\"; }\n");
        Cli run = build(dir, "--css", css.toString(), "-v");
        assertEquals(0, run.status(), run.toString());
        assertEquals(0, server.requests(), "requests reached the server");
        byte[] pdf = Files.readAllBytes(dir.resolve("x.pdf"));
        assertEquals(0, PdfLook.xobjects(pdf, 0).get("image"), "the picture beside the style sheet is not in the PDF");
        assertFalse(PdfText.of(pdf).all().contains(SECRET));
        assertTrue(run.err().contains("template resource skipped: " + downloads.resolve("other.css").toUri().toString().replace("file:///", "file:/"))
                || run.err().contains("other.css (only files inside the templates folder, and the --css files themselves, are loaded)"), run.err());
        aCorrectDossier(pdf);
        // and the sheet itself still applies
        var heading = PdfLook.find(PdfLook.glyphs(pdf), PdfLook.bookmarks(pdf).get("Actors"), "Actors");
        assertEquals(StylingTest.ACCENT, heading.get(0).rgb());
    }

    @Test
    void styleSheetsThatImportEachOtherInACircleAreOneLine(@TempDir Path dir) throws IOException {
        Path self = Files.writeString(dir.resolve("self.css"), "@import url(\"self.css\");\nh1 { color: red; }\n");
        refusedInOneLine(build(dir, "--css", self.toString()), "style sheets @import one another in a circle");
        Path look = Files.createDirectories(dir.resolve("look"));
        Files.writeString(look.resolve("dossier.css"), "@import url(\"a.css\");\n");
        Files.writeString(look.resolve("a.css"), "@import url(\"b.css\");\n");
        Files.writeString(look.resolve("b.css"), "@import url(\"a.css\");\n");
        refusedInOneLine(build(dir, "--templates", look.toString()), "style sheets @import one another in a circle");
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void aSelectorOfThousandsOfPartsIsOneLine(@TempDir Path dir) throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.css"), ".a" + " .b".repeat(30_000) + " { color: red }\n");
        refusedInOneLine(build(dir, "--css", deep.toString()), "a selector of thousands of parts");
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void anSvgLogoWithADoctypeOrEntitiesIsRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path svg = Files.writeString(dir.resolve("logo.svg"), "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY e SYSTEM \""
                + secret.toUri() + "\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&e;</text></svg>");
        refusedInOneLine(build(dir, "--logo", svg.toString()), "DOCTYPE declarations are not allowed in an SVG image");
        Path bomb = Files.writeString(dir.resolve("bomb.svg"), "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&b;</text></svg>");
        refusedInOneLine(build(dir, "--logo", bomb.toString()), "DOCTYPE");
    }

    @Test
    void anSvgLogoReachesNoFileAndNoServer(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
                + " height=\"10\"><rect id=\"r\" width=\"10\" height=\"10\"/></svg>");
        String[] references = {
                "<image href=\"" + base + "/pixel.png\" width=\"10\" height=\"10\"/>",
                "<image xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"" + secret.toUri() + "\" width=\"10\" height=\"10\"/>",
                "<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"" + secret.toUri() + "#r\"/>",
                "<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"" + base + "/x.svg#r\"/>",
                "<style>@import url(\"" + base + "/x.css\");</style><rect width=\"5\" height=\"5\"/>",
                "<rect width=\"5\" height=\"5\" style=\"fill: url(" + base + "/p.svg#g)\"/>",
                // a document in a data: URI would be parsed by Batik's own parser: refused too
                "<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"data:image/svg+xml;base64,"
                        + java.util.Base64.getEncoder().encodeToString("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect id=\"x\" width=\"2\" height=\"2\"/></svg>".getBytes(StandardCharsets.UTF_8))
                        + "#x\"/>",
        };
        for (int i = 0; i < references.length; i++) {
            Path svg = Files.writeString(dir.resolve("logo" + i + ".svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\""
                    + " height=\"20\">" + references[i] + "</svg>");
            Cli run = build(dir, "--logo", svg.toString());
            assertEquals(0, server.requests(), "a request reached the server: " + references[i]);
            refusedInOneLine(run, svg + ": " + (i == 0 ? "cannot draw the SVG image"
                    : "the SVG image refers to something outside itself; an SVG image may load nothing (only PNG, JPEG or GIF data: URIs inside it)"));
        }
    }

    @Test
    void anSvgLogoRunsNoScript(@TempDir Path dir) throws IOException {
        Path proof = dir.resolve("ran");
        Path svg = Files.writeString(dir.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\""
                + " onload=\"java.io.File('" + proof + "').createNewFile()\">"
                + "<script type=\"application/ecmascript\">new java.io.File('" + proof + "').createNewFile();"
                + " new java.net.URL('" + base + "/script').openStream();</script><rect width=\"5\" height=\"5\"/></svg>");
        Cli run = build(dir, "--logo", svg.toString());
        assertEquals(0, run.status(), run.toString());
        assertFalse(Files.exists(proof), "the script ran");
        assertEquals(0, server.requests());
    }

    @Test
    void anSvgWhoseReferencesMultiplyItIsRefused(@TempDir Path dir) throws IOException {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"10\" height=\"10\"><defs><rect id=\"l0\" width=\"1\" height=\"1\"/>");
        for (int i = 1; i <= 12; i++) {
            svg.append("<g id=\"l").append(i).append("\">");
            for (int k = 0; k < 10; k++) svg.append("<use xlink:href=\"#l").append(i - 1).append("\"/>");
            svg.append("</g>");
        }
        svg.append("</defs><use xlink:href=\"#l12\"/></svg>");
        Path bomb = Files.writeString(dir.resolve("bomb.svg"), svg);
        refusedInOneLine(build(dir, "--logo", bomb.toString()), "elements (at most 20000, each <use> counted as what it copies)");
        Path loop = Files.writeString(dir.resolve("loop.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">"
                + "<g id=\"a\"><use xlink:href=\"#b\"/></g><g id=\"b\"><use xlink:href=\"#a\"/></g></svg>");
        refusedInOneLine(build(dir, "--logo", loop.toString()), "references go round in a circle");
    }

    @Test
    void anSvgInATemplatesFolderIsDrawnAsVectorsToo(@TempDir Path dir) throws IOException {
        Path look = BuildCommandTest.copyOfTemplates(dir.resolve("look"));
        Files.writeString(look.resolve("mark.svg"), BrandingTest.SVG);
        Path cover = look.resolve("cover.ftlh");
        Files.writeString(cover, Files.readString(cover).replace("<div class=\"cover-kicker\">",
                "<p><img src=\"mark.svg\" style=\"height: 12mm\"/></p><div class=\"cover-kicker\">"));
        Cli run = build(dir, "--templates", look.toString());
        assertEquals(0, run.status(), run.toString());
        byte[] pdf = Files.readAllBytes(dir.resolve("x.pdf"));
        assertEquals(0, PdfLook.xobjects(pdf, 0).get("image"));
        assertEquals(1, PdfLook.xobjects(pdf, 1).get("form"));
    }

    @Test
    void noOutputOverwritesAStyleSheetALogoOrATemplate(@TempDir Path dir) throws IOException {
        Path css = dir.resolve("look.css");
        Files.writeString(css, "h1 { color: #0b6e4f; }");
        Path templates = Files.createDirectories(dir.resolve("tpl"));
        Path sheet = Files.writeString(templates.resolve("dossier.css"), "h2 { color: #0b6e4f; }");
        refusedInOneLine(Cli.run("build", "samples/cairo-talks.txt", "--css", css.toString(), "-o", css.toString()),
                "would overwrite the input");
        refusedInOneLine(Cli.run("build", "samples/cairo-talks.txt", "--templates", templates.toString(), "-o", sheet.toString()),
                "would overwrite the input");
        // a batch names its dossiers after the articles: a style sheet called cairo-talks.pdf in the output folder
        Path out = Files.createDirectories(dir.resolve("out"));
        Path named = Files.writeString(out.resolve("cairo-talks.pdf"), "h3 { color: #0b6e4f; }");
        refusedInOneLine(Cli.run("batch", "samples/cairo-talks.txt", "--css", named.toString(), "-o", out.toString()),
                "would overwrite the input");
        assertEquals("h3 { color: #0b6e4f; }", Files.readString(named));
        assertEquals("h1 { color: #0b6e4f; }", Files.readString(css));
        assertEquals("h2 { color: #0b6e4f; }", Files.readString(sheet));
    }
}
