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
 */
final class PageClippedOutputDevice extends ITextOutputDevice {

    private float fontSize;

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
        Shape clip = getClip();
        if (clip != null) {
            float size = Math.max(fontSize, 1f);
            // y is the baseline; the bulk of the glyphs lies within 0.8 size above and 0.2 below.
            if (!clip.intersects(x, y - 0.8f * size, Math.max(size, s.length() * size), size)) return;
        }
        super.drawString(s, x, y, info);
    }
}
