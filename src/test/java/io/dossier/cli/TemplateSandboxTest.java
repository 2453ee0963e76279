package io.dossier.cli;

import io.dossier.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.dossier.cli.BuildCommandTest.copyOfTemplates;
import static io.dossier.cli.BuildCommandTest.dossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A template folder is untrusted: each attack a downloaded folder could try, through the
 * command line. A template may run no command, read no file outside its folder and reach no
 * server (a loopback server counts every request); a runaway template ends in one line, exit 2.
 */
class TemplateSandboxTest {

    private static CountingServer server;
    private static String base;
    /** A file outside the templates folder that no template may show. */
    private static final String SECRET = "SECRET-7f3a9c-NOT-FOR-TEMPLATES";

    @BeforeAll
    static void server() {
        server = CountingServer.start("p { color: red; } " + SECRET);
        base = server.base();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Copies the bundled templates into dir/t, with {@code markup} right after the body tag. */
    private static Path templatesWith(Path dir, String markup) throws IOException {
        Path t = copyOfTemplates(dir.resolve("t"));
        Path main = t.resolve("dossier.ftlh");
        String s = Files.readString(main);
        int body = s.indexOf('>', s.indexOf("<body")) + 1;
        Files.writeString(main, s.substring(0, body) + markup + s.substring(body));
        return t;
    }

    private static Path secretFile(Path dir) throws IOException {
        return Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    private static void refusedInOneLine(BuildCommandTest.Run run, String expected) {
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("dossier: "), run.err());
        assertTrue(run.err().contains(expected), run.err());
    }

    @Test
    void newBuiltInRunsNoCommand(@TempDir Path dir) throws IOException {
        Path proof = dir.resolve("ran");
        Path t = templatesWith(dir, "${\"freemarker.template.utility.Execute\"?new()(\"touch " + proof + "\")}");
        BuildCommandTest.Run run = dossier("build", "samples/cairo-talks.txt", "--templates", t.toString(),
                "-o", dir.resolve("x.pdf").toString());
        refusedInOneLine(run, "Instantiating freemarker.template.utility.Execute is not allowed");
        assertFalse(Files.exists(proof), "the command ran");
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void objectConstructorReadsNoFolder(@TempDir Path dir) throws IOException {
        Path t = templatesWith(dir, "<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>"
                + "${oc(\"java.io.File\", \"/etc\").list()?size}");
        refusedInOneLine(dossier("build", "samples/cairo-talks.txt", "--templates", t.toString(),
                "-o", dir.resolve("x.pdf").toString()), "ObjectConstructor is not allowed");
    }

    @Test
    void theDataModelShowsNoJavaClassOrApi(@TempDir Path dir) throws IOException {
        Path t = templatesWith(dir, "${d.getClass().getProtectionDomain()}");
        assertEquals(2, dossier("build", "samples/cairo-talks.txt", "--templates", t.toString(),
                "-o", dir.resolve("x.pdf").toString()).status());
        Path api = templatesWith(dir.resolve("api"), "${d.title?api.getClass()}");
        refusedInOneLine(dossier("build", "samples/cairo-talks.txt", "--templates", api.toString(),
                "-o", dir.resolve("x.pdf").toString()), "?api");
        Path cls = templatesWith(dir.resolve("cls"), "${d.class!\"no class\"} ${d.hashCode!\"no hash\"}");
        Path pdf = dir.resolve("cls.pdf");
        BuildCommandTest.Run run = dossier("build", "samples/cairo-talks.txt", "--templates", cls.toString(), "-o", pdf.toString());
        assertEquals(0, run.status(), run.err());
        String text = PdfText.of(Files.readAllBytes(pdf)).all();
        assertTrue(text.contains("no class"), "getClass is hidden");
        assertFalse(text.contains("io.dossier"), "no Java class name reaches the page");
    }

    @Test
    void noExternalEntityReadsAFileOrAUrl(@TempDir Path dir) throws IOException {
        Path secret = secretFile(dir);
        for (String system : new String[]{secret.toUri().toString(), base + "/entity"}) {
            Path t = copyOfTemplates(dir.resolve("t" + system.length()));
            Path main = t.resolve("dossier.ftlh");
            String s = Files.readString(main).replace("<!DOCTYPE html>",
                    "<!DOCTYPE html [<!ENTITY e SYSTEM \"" + system + "\">]>");
            s = s.replaceFirst("(<body[^>]*>)", "$1<p>&e;</p>");
            Files.writeString(main, s);
            refusedInOneLine(dossier("build", "samples/cairo-talks.txt", "--templates", t.toString(),
                    "-o", dir.resolve("x.pdf").toString()), "DOCTYPE declarations are not allowed");
        }
        assertEquals(0, server.requests());
    }

    @Test
    void stylesheetsImagesAndFontsComeOnlyFromTheFolder(@TempDir Path dir) throws IOException {
        Path secret = secretFile(dir);
        Path logo = Files.write(dir.resolve("outside.png"), Files.readAllBytes(tinyPng(dir)));
        Path t = templatesWith(dir, "<p><img src=\"" + base + "/img.png\"/><img src=\"" + logo.toUri() + "\"/>"
                + "<img src=\"../outside.png\"/><img src=\"inside.png\"/></p>");
        Files.copy(tinyPng(dir), t.resolve("inside.png"));
        Path main = t.resolve("dossier.ftlh");
        Files.writeString(main, Files.readString(main).replace("</head>",
                "<link rel=\"stylesheet\" href=\"" + base + "/x.css\"/><link rel=\"stylesheet\" href=\"" + secret.toUri()
                        + "\"/><link rel=\"stylesheet\" href=\"extra.css\"/></head>"));
        Files.writeString(t.resolve("extra.css"), "h1 { letter-spacing: 0; }");
        Files.writeString(t.resolve("dossier.css"), "@import url(\"" + base + "/imp.css\");\n"
                + "@font-face { font-family: \"Evil\"; src: url(\"" + base + "/f.ttf\"); }\n"
                + "body { background: url(\"" + base + "/bg.png\"); }\n"
                + Files.readString(t.resolve("dossier.css")));
        Path pdf = dir.resolve("x.pdf");
        BuildCommandTest.Run run = dossier("build", "samples/cairo-talks.txt", "--templates", t.toString(),
                "-o", pdf.toString(), "-v");
        assertEquals(0, run.status(), run.err());
        assertEquals(0, server.requests(), "requests reached the server");
        assertTrue(run.err().contains("template resource skipped: " + base + "/x.css"), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains(base + "/bg.png")).count(), "each refusal told once");
        byte[] bytes = Files.readAllBytes(pdf);
        assertFalse(PdfText.of(bytes).all().contains(SECRET));
        assertEquals(1, images(bytes), "only the image inside the folder");
    }

    @Test
    void aRunawayLoopEndsAtTheDeadline(@TempDir Path dir) throws IOException {
        Path t = templatesWith(dir, "<#list 1..2000000000 as i></#list>");
        System.setProperty("dossier.template.deadline", "1000");
        try {
            refusedInOneLine(dossier("build", "samples/cairo-talks.txt", "--templates", t.toString(),
                    "-o", dir.resolve("x.pdf").toString()), "the template ran for more than 1 s");
        } finally {
            System.clearProperty("dossier.template.deadline");
        }
        assertFalse(Thread.currentThread().isInterrupted(), "the deadline's interrupt stays inside the fill");
    }

    @Test
    void endlessRecursionAndHugeOutputAreOneLine(@TempDir Path dir) throws IOException {
        Path rec = templatesWith(dir.resolve("rec"), "<#macro r n><@r n+1/></#macro><@r 0/>");
        refusedInOneLine(dossier("build", "samples/cairo-talks.txt", "--templates", rec.toString(),
                "-o", dir.resolve("x.pdf").toString()), "nest too deeply");
        Path big = templatesWith(dir.resolve("big"), "<#list 1..300000000 as i>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</#list>");
        refusedInOneLine(dossier("build", "samples/cairo-talks.txt", "--templates", big.toString(),
                "-o", dir.resolve("x.pdf").toString()), "the filled document is larger than 64 MB");
    }

    @Test
    void includesStayInsideTheFolder(@TempDir Path dir) throws IOException {
        Path secret = secretFile(dir);
        Path up = templatesWith(dir.resolve("up"), "<#include \"../secret.txt\" parse=false>");
        assertEquals(2, dossier("build", "samples/cairo-talks.txt", "--templates", up.toString(),
                "-o", dir.resolve("x.pdf").toString()).status());
        Path link = templatesWith(dir.resolve("link"), "<#include \"leak.txt\" parse=false>");
        Files.createSymbolicLink(link.resolve("leak.txt"), secret);
        refusedInOneLine(dossier("build", "samples/cairo-talks.txt", "--templates", link.toString(),
                "-o", dir.resolve("x.pdf").toString()), "links to a file outside the templates folder");
    }

    @Test
    void aMissingFontFallsBackToTheBundledFaces(@TempDir Path dir) throws IOException {
        Path t = copyOfTemplates(dir.resolve("t"));
        Files.writeString(t.resolve("dossier.css"), Files.readString(t.resolve("dossier.css"))
                + "\nbody, p, h1, h2, td { font-family: \"No Such Font\"; }\n");
        Path pdf = dir.resolve("x.pdf");
        BuildCommandTest.Run run = dossier("build", "samples/cairo-talks.txt", "--templates", t.toString(),
                "-o", pdf.toString(), "-v");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("font family 'No Such Font' is not available"), run.err());
        assertTrue(PdfText.of(Files.readAllBytes(pdf)).all().contains("Taher Al-Nono"));
    }

    @Test
    void aFolderWithNoTemplateInItIsRefused(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        refusedInOneLine(dossier("build", "samples/cairo-talks.txt", "--templates", empty.toString(),
                "-o", dir.resolve("x.pdf").toString()), "holds none of the template files");
    }

    @Test
    void badXhtmlIsOneLineNamingTheTemplate(@TempDir Path dir) throws IOException {
        Path t = templatesWith(dir, "<p>unclosed");
        refusedInOneLine(dossier("build", "samples/cairo-talks.txt", "--templates", t.toString(),
                "-o", dir.resolve("x.pdf").toString()), "dossier.ftlh: the filled template is not well-formed XHTML");
    }

    private static Path tinyPng(Path dir) throws IOException {
        Path png = dir.resolve("tiny.png");
        if (!Files.exists(png)) {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
            javax.imageio.ImageIO.write(img, "png", png.toFile());
        }
        return png;
    }

    private static int images(byte[] pdf) throws IOException {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) n++;
                }
            }
        }
        return n;
    }
}
