package io.dossier.render;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.render.JustificationInfo;

import java.awt.Shape;

/**
 * Flying Saucer paints each page by painting every box near it under a clip: the first
 * line of the next page lands in this page's bottom margin, invisible but still in the
 * content stream, so copy-paste, search and text extraction find it twice. Text that lies
 * wholly outside the clip is not drawn at all.
 *
 * <p>A page that no content reaches (the left-hand page left empty before a section that starts
 * on a right-hand page, in two-sided layout) is left blank: no running header or footer.
 */
final class PageClippedOutputDevice extends ITextOutputDevice {

    private float fontSize;
    /** Pages (0-based) that no content reaches: painted empty, without running header and footer. */
    private java.util.Set<Integer> blankPages = java.util.Set.of();
    private int page = -1;
    private boolean blank;

    void setBlankPages(java.util.Set<Integer> pages) {
        blankPages = pages;
    }

    @Override
    public void initializePage(com.lowagie.text.pdf.PdfContentByte currentPage, float height) {
        super.initializePage(currentPage, height);
        page++;
        blank = blankPages.contains(page);
    }

    @Override
    public void paintBackground(org.xhtmlrenderer.render.RenderingContext c, org.xhtmlrenderer.render.Box box) {
        if (!blank) super.paintBackground(c, box);
    }

    @Override
    public void drawBorderLine(Shape bounds, int side, int width, boolean solid) {
        if (!blank) super.drawBorderLine(bounds, side, width, solid);
    }

    @Override
    public void draw(Shape s) {
        if (!blank) super.draw(s);
    }

    @Override
    public void fill(Shape s) {
        if (!blank) super.fill(s);
    }

    @Override
    public void drawImage(org.xhtmlrenderer.extend.FSImage image, int x, int y) {
        if (!blank) super.drawImage(image, x, y);
    }

    PageClippedOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void setFont(FSFont font) {
        super.setFont(font);
        fontSize = font.getSize2D();
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        if (blank) return;
        Shape clip = getClip();
        if (clip != null) {
            float size = Math.max(fontSize, 1f);
            // y is the baseline; the bulk of the glyphs lies within 0.8 size above and 0.2 below.
            if (!clip.intersects(x, y - 0.8f * size, Math.max(size, s.length() * size), size)) return;
        }
        super.drawString(s, x, y, info);
    }
}
