package io.dossier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a PDF looks to a reader and a print shop, read back with PDFBox: each glyph with its page,
 * place, font and colour; the page boxes; the bookmarks; the images and forms it draws.
 */
public final class PdfLook {

    /** One glyph as drawn: page (1-based), text, left edge and width in points, font name, colour as 0xRRGGBB. */
    public record Glyph(int page, String text, float x, float width, float y, String font, int rgb) {
    }

    private PdfLook() {
    }

    public static List<Glyph> glyphs(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                {
                    addOperator(new SetNonStrokingColorSpace(this));
                    addOperator(new SetNonStrokingColor(this));
                    addOperator(new SetNonStrokingColorN(this));
                    addOperator(new SetNonStrokingDeviceRGBColor(this));
                    addOperator(new SetNonStrokingDeviceGrayColor(this));
                }

                @Override
                protected void processTextPosition(TextPosition t) {
                    int rgb;
                    try {
                        rgb = getGraphicsState().getNonStrokingColor().toRGB();
                    } catch (IOException | RuntimeException e) {
                        rgb = -1;
                    }
                    glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj(), t.getWidthDirAdj(), t.getYDirAdj(),
                            t.getFont().getName(), rgb));
                }
            };
            stripper.getText(doc);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The glyphs of the first run of {@code text} on a page (in drawing order), or an empty list. */
    public static List<Glyph> find(List<Glyph> glyphs, int page, String text) {
        List<Glyph> onPage = glyphs.stream().filter(g -> g.page() == page).toList();
        StringBuilder s = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (Glyph g : onPage) {
            starts.add(s.length());
            s.append(g.text());
        }
        int at = s.indexOf(text);
        if (at < 0) return List.of();
        List<Glyph> run = new ArrayList<>();
        for (int i = 0; i < onPage.size(); i++) {
            if (starts.get(i) >= at && starts.get(i) < at + text.length()) run.add(onPage.get(i));
        }
        return run;
    }

    /** The text of each page in the order it is drawn (no reordering by position: rotated text stays whole). */
    public static List<String> drawnText(byte[] pdf) {
        List<Glyph> glyphs = glyphs(pdf);
        int pages = pages(pdf);
        List<String> texts = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            StringBuilder s = new StringBuilder();
            for (Glyph g : glyphs) if (g.page() == p) s.append(g.text());
            texts.add(s.toString());
        }
        return texts;
    }

    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page's media box, width and height in points. */
    public static List<float[]> pageSizes(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<float[]> sizes = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                sizes.add(new float[]{box.getWidth(), box.getHeight()});
            }
            return sizes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Top-level bookmarks, title to 1-based page, in order. */
    public static Map<String, Integer> bookmarks(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, Integer> marks = new LinkedHashMap<>();
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            if (outline == null) return marks;
            for (PDOutlineItem item : outline.children()) {
                PDPageDestination dest = (PDPageDestination) item.getDestination();
                marks.put(item.getTitle(), doc.getPages().indexOf(dest.getPage()) + 1);
            }
            return marks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts of the image and form XObjects page {@code page} (1-based; 0: every page) draws, forms searched within. */
    public static Map<String, Integer> xobjects(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, Integer> counts = new LinkedHashMap<>(Map.of("image", 0, "form", 0));
            Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                if (page == 0 || page == p + 1) count(doc.getPage(p).getResources(), counts, seen);
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void count(PDResources resources, Map<String, Integer> counts, Set<Object> seen) throws IOException {
        if (resources == null) return;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x == null || !seen.add(x.getCOSObject())) continue;
            if (x instanceof PDImageXObject) counts.merge("image", 1, Integer::sum);
            if (x instanceof PDFormXObject form) {
                counts.merge("form", 1, Integer::sum);
                count(form.getResources(), counts, seen);
            }
        }
    }
}
