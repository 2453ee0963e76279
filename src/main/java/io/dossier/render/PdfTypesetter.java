package io.dossier.render;

import org.jfree.chart.ui.Drawable;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextRenderer;

import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * Lays out XHTML + CSS paged media into PDF with Flying Saucer on OpenPDF. Knows nothing
 * of articles: it gets a document, the charts its {@code <object>} elements name, and
 * returns PDF bytes.
 */
public final class PdfTypesetter {

    /**
     * Font resolvers are costly to fill and not thread-safe: a document borrows one from this
     * pool and gives it back, so a warm-up thread's resolver serves the next document.
     */
    private static final java.util.concurrent.ConcurrentLinkedQueue<BundledFontResolver> FONT_RESOLVERS =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * Loads the fonts, fills a font resolver and lays out a one-line page, so that a
     * one-shot run can do this on another core while it is still reading and analyzing.
     */
    public static void prepare() {
        FONT_RESOLVERS.offer(BundledFontResolver.create(FontLibrary.get()));
        new PdfTypesetter().typeset("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>p { font-family: \"DejaVu Serif\"; }</style></head>"
                + "<body><p>Dossier</p></body></html>", Map.of());
    }

    /** The result of typesetting, with the phase times a benchmark wants. */
    public record Result(byte[] pdf, long layoutNanos, long writeNanos) {
    }

    /** A document of the bundled templates, which loads no resources. */
    public Result typeset(String xhtml, Map<String, ? extends Drawable> charts) {
        return typeset(xhtml, charts, ResourcePolicy.none(w -> { }), "templates/");
    }

    /** {@code resources} says what the document may load; {@code template} names it in errors. */
    public Result typeset(String xhtml, Map<String, ? extends Drawable> charts, ResourcePolicy resources, String template) {
        // The file identifier is hashed on another core while this one parses and lays out (it is
        // wanted only when the PDF is closed): it was 2 % of a 40-article book's render.
        java.util.concurrent.CompletableFuture<byte[]> id = java.util.concurrent.CompletableFuture.supplyAsync(() -> documentId(xhtml));
        Document document = XhtmlParser.parse(xhtml, template);
        io.dossier.Trace.mark("parsed");
        boolean symbols = ScriptRuns.apply(document);
        TextPieces.apply(document);
        UnmatchableRules.Vocabulary words = UnmatchableRules.Vocabulary.of(document);
        UnmatchableRules.apply(document, words);
        BundledFontResolver pooled = FONT_RESOLVERS.poll();
        BundledFontResolver fonts = pooled != null ? pooled : BundledFontResolver.create(FontLibrary.get());
        if (symbols) fonts.addSymbols();
        try {
            return typeset(document, words, charts, fonts, resources, id, template);
        } finally {
            FONT_RESOLVERS.offer(fonts);
        }
    }

    private static Result typeset(Document document, UnmatchableRules.Vocabulary words, Map<String, ? extends Drawable> charts, BundledFontResolver fonts,
                                  ResourcePolicy resources, java.util.concurrent.CompletableFuture<byte[]> documentId, String template) {
        PageClippedOutputDevice device = new PageClippedOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                device, new SandboxedUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, resources, words.elements()), fonts);
        renderer.getSharedContext().setReplacedElementFactory(
                new ChartElementFactory(renderer.getOutputDevice(), charts, FontLibrary.get()));
        renderer.setListener(new Listener(documentId, Watermark.of(document)));
        long t0 = System.nanoTime();
        try {
            renderer.setDocument(document, resources.baseUri());
        } catch (StackOverflowError e) {
            // Flying Saucer follows @import rules without remembering where it has been: a sheet
            // that imports itself, or two that import each other, recurse until the stack ends; so
            // does its reading of a selector of tens of thousands of parts (".a .b .b … .b").
            throw new io.dossier.BadInputException(template + ": its style sheets @import one another in a circle"
                    + " or nest too deeply (an @import chain, or a selector of thousands of parts); not typeset", e);
        }
        renderer.layout();
        for (String family : fonts.takeMissingFamilies()) {
            resources.warn("font family '" + family + "' is not available; using the bundled faces");
        }
        device.setBlankPages(blankPages(renderer));
        long t1 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try {
            renderer.createPDF(out);
        } catch (Exception e) {
            throw new IllegalStateException("PDF writing failed: " + e.getMessage(), e);
        }
        long t2 = System.nanoTime();
        return new Result(out.toByteArray(), t1 - t0, t2 - t1);
    }

    /**
     * The pages (0-based) that no block of the body reaches: the empty left-hand pages a
     * {@code page-break-before: right} leaves (left-hand pages only). A template that wraps everything in one block
     * has none, and is painted as before.
     */
    static java.util.Set<Integer> blankPages(ITextRenderer renderer) {
        org.xhtmlrenderer.render.BlockBox root = renderer.getRootBox();
        java.util.List<org.xhtmlrenderer.render.PageBox> pages = root.getLayer().getPages();
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        for (org.xhtmlrenderer.render.Box body : root.getChildren()) {
            for (org.xhtmlrenderer.render.Box block : body.getChildren()) {
                if (block.getHeight() > 0) spans.add(new int[]{block.getAbsY(), block.getAbsY() + block.getHeight()});
            }
        }
        java.util.Set<Integer> blank = new java.util.HashSet<>();
        if (spans.isEmpty()) return blank;
        // only left-hand pages (2, 4, ...): a right-hand page is never left empty on purpose
        for (int i = 1; i < pages.size(); i += 2) {
            org.xhtmlrenderer.render.PageBox page = pages.get(i);
            boolean reached = false;
            for (int[] span : spans) {
                if (span[0] < page.getBottom() && span[1] > page.getTop()) {
                    reached = true;
                    break;
                }
            }
            if (!reached) blank.add(i);
        }
        return blank;
    }

    /** The file identifier (trailer /ID) of the document made from {@code xhtml}: the same input, the same ID. */
    private static byte[] documentId(String xhtml) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Streams (font subsets above all) deflated at zlib's fastest level: deflating was a third of
     * the PDF writing time, and the sample dossier grows by 2% (143 → 146 KB). The file
     * identifier comes from the document (OpenPDF's own is made of the clock), so the same input
     * gives the same bytes. A watermark the document asks for is drawn as each page ends.
     */
    private static final class Listener extends org.xhtmlrenderer.pdf.DefaultPDFCreationListener {
        private final java.util.concurrent.CompletableFuture<byte[]> id;
        private final Watermark watermark;

        Listener(java.util.concurrent.CompletableFuture<byte[]> id, Watermark watermark) {
            this.id = id;
            this.watermark = watermark;
        }

        @Override
        public void preOpen(ITextRenderer r) {
            r.getWriter().setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
            if (watermark != null) r.getWriter().setPageEvent(watermark);
        }

        @Override
        public void onClose(ITextRenderer r) {
            // OpenPDF takes the trailer's /ID from the info dictionary's FileID when there is one
            byte[] digest = id.join();
            r.getWriter().getInfo().put(com.lowagie.text.pdf.PdfName.FILEID, com.lowagie.text.pdf.PdfEncryption.createInfoId(digest, digest));
            // the clock's time; finishing writes the document's dates
            r.getWriter().getInfo().remove(com.lowagie.text.pdf.PdfName.CREATIONDATE);
        }
    }
}
