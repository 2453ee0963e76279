package io.dossier.cli;

import io.dossier.PdfLook;
import io.dossier.PdfText;
import io.dossier.finish.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.dossier.cli.StylingTest.aCorrectDossier;
import static io.dossier.cli.StylingTest.build;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --logo, --watermark and --no-marking, read back from the PDF. */
class BrandingTest {

    /** A logo of shapes and a word: a square, a triangle, a ring and "ACME" in the bundled sans. */
    static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 40" width="160" height="40">
              <rect x="1" y="1" width="38" height="38" rx="6" fill="#0b6e4f"/>
              <path d="M10 30 L20 10 L30 30 Z" fill="#ffffff"/>
              <circle cx="60" cy="20" r="12" fill="none" stroke="#0b6e4f" stroke-width="4"/>
              <text x="80" y="28" font-family="DejaVu Sans" font-size="20" fill="#333">ACME</text>
            </svg>
            """;

    static Path png(Path dir) throws IOException {
        Path png = dir.resolve("logo.png");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(0x0b6e4f));
        g.fillRect(0, 0, 40, 40);
        g.dispose();
        javax.imageio.ImageIO.write(img, "png", png.toFile());
        return png;
    }

    @Test
    void anSvgLogoIsDrawnAsVectorsOnTheCoverAndInTheHeader(@TempDir Path dir) throws IOException {
        Path svg = Files.writeString(dir.resolve("logo.svg"), SVG);
        byte[] pdf = build(dir, "--logo", svg.toString());
        aCorrectDossier(pdf);
        assertEquals(0, PdfLook.xobjects(pdf, 0).get("image"), "no image XObject anywhere: the SVG is vectors");
        Map<String, Integer> cover = PdfLook.xobjects(pdf, 1);
        assertEquals(1, cover.get("form"), "the logo is a form XObject on the cover: " + cover);
        assertTrue(PdfLook.xobjects(pdf, 2).get("form") >= 1, "and in the running header");
        // the logo's own shapes: its fill colour is painted inside the form, with path operators
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            var form = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
            String content = new String(form.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
            assertTrue(content.contains(" re") || content.contains(" c\n") || content.contains(" l\n"), "path operators");
            assertTrue(content.matches("(?s).*\\bf\\*?\\n.*"), "filled shapes");
        }
        assertTrue(VeraPdf.failures(pdf, 2).isEmpty(), "still PDF/A-2b: " + VeraPdf.failures(pdf, 2));
    }

    @Test
    void anSvgWithAStyleSheetAGradientAndAnEmbeddedBitmapIsDrawnToo(@TempDir Path dir) throws IOException {
        // as drawing programs export them: classes in a <style> element, a gradient, a data: reference
        Path svg = Files.writeString(dir.resolve("logo.svg"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 60 20">
                  <defs><style>.a { fill: #0b6e4f; }</style>
                    <linearGradient id="g"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#102a43"/></linearGradient>
                    <rect id="dot" width="4" height="4"/></defs>
                  <rect class="a" width="20" height="20"/>
                  <rect x="20" width="20" height="20" fill="url(#g)"/>
                  <use xlink:href="#dot" x="45" y="8"/>
                  <image x="52" y="4" width="8" height="8" xlink:href="data:image/png;base64,%s"/>
                </svg>
                """.formatted(java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(png(dir)))));
        byte[] pdf = build(dir, "--logo", svg.toString());
        assertEquals(1, PdfLook.xobjects(pdf, 1).get("form"));
        assertEquals(1, PdfLook.xobjects(pdf, 1).get("image"), "the bitmap the SVG carries, and nothing else, is pixels");
    }

    @Test
    void aPngLogoIsAnImageAndStaysPdfA(@TempDir Path dir) throws IOException {
        byte[] pdf = build(dir, "--logo", png(dir).toString());
        aCorrectDossier(pdf);
        assertEquals(1, PdfLook.xobjects(pdf, 1).get("image"), "on the cover");
        assertTrue(PdfLook.xobjects(pdf, 2).get("image") >= 1, "in the running header");
        assertEquals(Set.of(), VeraPdf.failures(pdf, 2));
    }

    @Test
    void aLogoThatIsNotAnImageIsOneLine(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("logo.png"), "not a picture");
        PageSetupTest.assertBad(List.of("dossier: " + text + ": not an SVG, PNG or JPEG image (by its content)"),
                "--logo", text.toString(), "-o", dir.resolve("x.pdf").toString());
        PageSetupTest.assertBad(List.of("dossier: " + dir.resolve("none.svg") + ": no such logo file"),
                "--logo", dir.resolve("none.svg").toString(), "-o", dir.resolve("x.pdf").toString());
    }

    @Test
    void theWatermarkIsOnEveryPageAndTheTextBeneathStaysReadable(@TempDir Path dir) throws IOException {
        byte[] pdf = build(dir, "--watermark", "DRAFT");
        List<String> drawn = PdfLook.drawnText(pdf);
        for (int p = 0; p < drawn.size(); p++) assertTrue(drawn.get(p).contains("DRAFT"), "watermark on page " + (p + 1));
        aCorrectDossier(pdf);
        // drawn last, so nothing covers it; light grey in multiply blending over black text leaves the text black
        List<PdfLook.Glyph> glyphs = PdfLook.glyphs(pdf);
        PdfLook.Glyph d = PdfLook.find(glyphs, 3, "DRAFT").get(0);
        assertTrue((d.rgb() >> 16 & 0xFF) > 0xA0, "light: " + Integer.toHexString(d.rgb()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String content = new String(doc.getPage(2).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(content.lastIndexOf("gs") > content.indexOf("BT"), "its graphics state comes after the page's text");
            var states = doc.getPage(2).getResources().getExtGStateNames();
            boolean multiply = false;
            for (var name : states) {
                var state = doc.getPage(2).getResources().getExtGState(name);
                if (state.getBlendMode() == org.apache.pdfbox.pdmodel.graphics.blend.BlendMode.MULTIPLY) multiply = true;
            }
            assertTrue(multiply, "multiply blending");
        }
        assertEquals(Set.of(), VeraPdf.failures(pdf, 2));
        assertFalse(PdfLook.drawnText(build(dir)).get(2).contains("DRAFT"), "none without --watermark");
    }

    @Test
    void noMarkingLeavesNoMarkingAnywhere(@TempDir Path dir) throws IOException {
        byte[] pdf = build(dir, "--no-marking", "--marking", "SECRET // NOFORN");
        PdfText text = PdfText.of(pdf);
        for (String marking : List.of("UNCLASSIFIED", "BRIEFING USE", "SECRET", "NOFORN")) {
            assertFalse(text.all().contains(marking), marking + " in the text");
            String raw = new String(pdf, StandardCharsets.ISO_8859_1);
            assertFalse(raw.contains(marking), marking + " in the file (metadata, XMP)");
        }
        assertTrue(text.page(2).contains("Page 2 of " + text.pages().size()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                String value = String.valueOf(info.getCustomMetadataValue(key));
                assertFalse(value.contains("UNCLASSIFIED") || value.contains("SECRET"), key + ": " + value);
            }
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertFalse(xmp.contains("UNCLASSIFIED") || xmp.contains("SECRET"), xmp);
        }
        byte[] marked = build(dir);
        assertTrue(PdfText.of(marked).page(1).contains("UNCLASSIFIED // FOR BRIEFING USE"), "the default keeps it");
    }

    @Test
    void noMarkingReachesTheEmailToo(@TempDir Path dir) throws Exception {
        Path eml = dir.resolve("m.eml");
        Cli run = Cli.run("email", "samples/cairo-talks.txt", "-o", dir.resolve("a.pdf").toString(), "--to", "desk@example.org",
                "--from", "dossier@example.org", "--eml", eml.toString(), "--no-marking");
        assertEquals(0, run.status(), run.toString());
        var message = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                Files.newInputStream(eml));
        var alternative = (jakarta.mail.Multipart) ((jakarta.mail.Multipart) message.getContent()).getBodyPart(0).getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            String body = (String) alternative.getBodyPart(i).getContent();
            assertTrue(body.contains("Hamas"), "a real body");
            assertFalse(body.contains("UNCLASSIFIED"), "no marking in the " + alternative.getBodyPart(i).getContentType());
        }
        assertFalse(PdfText.of(Files.readAllBytes(dir.resolve("a.pdf"))).all().contains("UNCLASSIFIED"));
    }

    @Test
    void aBookTakesTheLogoTheWatermarkAndNoMarking(@TempDir Path dir) throws IOException {
        Path svg = Files.writeString(dir.resolve("logo.svg"), SVG);
        Path pdf = dir.resolve("book.pdf");
        Cli run = Cli.run("build", "samples/cairo-talks.txt", TestArticles.CEASEFIRE.toString(), "-o", pdf.toString(),
                "--logo", svg.toString(), "--watermark", "DRAFT", "--no-marking", "--paper", "a5");
        assertEquals(0, run.status(), run.toString());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals(0, PdfLook.xobjects(bytes, 0).get("image"));
        assertEquals(1, PdfLook.xobjects(bytes, 1).get("form"), "logo on the book's cover");
        List<String> drawn = PdfLook.drawnText(bytes);
        for (int p = 0; p < drawn.size(); p++) {
            assertTrue(drawn.get(p).contains("DRAFT"), "watermark on page " + (p + 1));
            assertFalse(drawn.get(p).contains("UNCLASSIFIED"), "no marking on page " + (p + 1));
        }
        PageSetupTest.everyPageIs(bytes, 148, 210);
    }
}
