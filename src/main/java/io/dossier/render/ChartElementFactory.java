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
 * Replaces {@code <object type="application/x-chart" data="NAME"/>} with the named chart;
 * everything else goes to Flying Saucer's own factory. Templates place and size charts with
 * CSS; the charts themselves come from the compose stage.
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
        return super.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }
}
