package io.dossier.render;

import org.jfree.chart.ui.Drawable;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;

import java.util.Map;

/**
 * Replaces {@code <object type="application/x-chart" data="NAME"/>} with the named chart, and an
 * {@code <img>} of an SVG image (a {@code data:} URI, or a file the {@link ResourcePolicy} allows)
 * with the image drawn as vectors ({@link SvgImage}); everything else goes to Flying Saucer's own
 * factory. Templates place and size charts and images with CSS; the charts themselves come from the
 * compose stage.
 */
final class ChartElementFactory extends ITextReplacedElementFactory {

    static final String CHART_TYPE = "application/x-chart";

    private final Map<String, ? extends Drawable> charts;
    private final FontLibrary fonts;

    ChartElementFactory(ITextOutputDevice out, Map<String, ? extends Drawable> charts, FontLibrary fonts) {
        super(out);
        this.charts = charts;
        this.fonts = fonts;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac,
                                                 int cssWidth, int cssHeight) {
        Element e = box.getElement();
        if (e != null && "object".equals(e.getNodeName()) && CHART_TYPE.equals(e.getAttribute("type"))) {
            Drawable chart = charts.get(e.getAttribute("data"));
            if (chart == null) return null;
            // A percentage width arrives as -1: take the containing block's width.
            int w = cssWidth > 0 ? cssWidth
                    : box.getContainingBlock() != null ? box.getContainingBlock().getContentWidth() : 8000;
            int h = cssHeight > 0 ? cssHeight : w * 3 / 5;
            return new ChartElement(chart, fonts, w, h);
        }
        if (e != null && "img".equals(e.getNodeName()) && uac instanceof SandboxedUserAgent agent) {
            String src = e.getAttribute("src");
            SvgImage svg = svgs.computeIfAbsent(src, s -> java.util.Optional.ofNullable(agent.svg(s))).orElse(null);
            if (svg != null) return sized(svg, cssWidth, cssHeight);
        }
        return super.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    /** The SVG images of this document by their {@code src}, each parsed once (a header logo is on every page). */
    private final Map<String, java.util.Optional<SvgImage>> svgs = new java.util.HashMap<>();

    /** An SVG at the CSS size; a side CSS leaves open follows the image's proportions, both open its own size. */
    private ChartElement sized(SvgImage svg, int cssWidth, int cssHeight) {
        double ratio = svg.width() / svg.height();
        int w = cssWidth;
        int h = cssHeight;
        if (w <= 0 && h <= 0) {
            w = (int) Math.round(svg.width() * DOTS_PER_PIXEL);
            h = (int) Math.round(svg.height() * DOTS_PER_PIXEL);
        } else if (w <= 0) {
            w = (int) Math.round(h * ratio);
        } else if (h <= 0) {
            h = (int) Math.round(w / ratio);
        }
        return new ChartElement(svg, fonts, Math.max(w, 1), Math.max(h, 1));
    }

    /** Flying Saucer's layout units per CSS pixel. */
    private static final int DOTS_PER_PIXEL = org.xhtmlrenderer.pdf.ITextRenderer.DEFAULT_DOTS_PER_PIXEL;
}
