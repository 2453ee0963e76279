package io.dossier.render;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import org.jfree.chart.ui.Drawable;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;

/**
 * A chart laid out like an image but painted as vector graphics: the drawable is drawn
 * through OpenPDF's Graphics2D into a form XObject, with text in the embedded fonts.
 */
final class ChartElement implements ITextReplacedElement {

    private final Drawable drawable;
    private final FontLibrary fonts;
    private final int width;
    private final int height;
    private Point location = new Point(0, 0);

    ChartElement(Drawable drawable, FontLibrary fonts, int width, int height) {
        this.drawable = drawable;
        this.fonts = fonts;
        this.width = width;
        this.height = height;
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice out, BlockBox box) {
        Rectangle area = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        float dotsPerPoint = out.getDotsPerPoint();
        float w = area.width / dotsPerPoint;
        float h = area.height / dotsPerPoint;
        PdfContentByte page = out.getWriter().getDirectContent();
        PdfTemplate template = page.createTemplate(w, h);
        Graphics2D g = template.createGraphics(w, h, fonts);
        try {
            drawable.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        try {
            // A form XObject placed like an image: vectors, not pixels.
            // Sized here rather than through FSImage.scale, whose Size record's equals costs a
            // cold run an invokedynamic bootstrap.
            Image image = Image.getInstance(template);
            image.scaleAbsolute(area.width, area.height);
            out.drawImage(new ITextFSImage(image), area.x, area.y);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot place chart", e);
        }
    }

    @Override
    public int getIntrinsicWidth() {
        return width;
    }

    @Override
    public int getIntrinsicHeight() {
        return height;
    }

    @Override
    public Point getLocation() {
        return location;
    }

    @Override
    public void setLocation(int x, int y) {
        location = new Point(x, y);
    }

    @Override
    public void detach(LayoutContext c) {
    }

    @Override
    public boolean isRequiresInteractivePaint() {
        return false;
    }

    @Override
    public boolean hasBaseline() {
        return false;
    }

    @Override
    public int getBaseline() {
        return 0;
    }
}
