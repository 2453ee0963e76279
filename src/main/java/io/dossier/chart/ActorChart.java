package io.dossier.chart;

import io.dossier.compose.Dossier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import java.util.Comparator;
import java.util.List;

/** Horizontal bars: the most prominent actors by mentions, coloured by type. */
public final class ActorChart {

    public static final int MAX_ACTORS = 12;
    private static final List<String> TYPES = List.of("Person", "Organization", "Place");

    private ActorChart() {
    }

    public static JFreeChart of(List<Dossier.ActorView> actors) {
        List<Dossier.ActorView> top = actors.stream()
                .sorted(Comparator.comparingInt(Dossier.ActorView::mentions).reversed())
                .limit(MAX_ACTORS).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // Every type gets a series (so the legend is stable) and every actor one bar.
        for (String type : TYPES) {
            for (Dossier.ActorView a : top) {
                data.addValue(a.type().equals(type) ? a.mentions() : 0, type, label(a, top));
            }
        }
        CategoryAxis names = new CategoryAxis(null);
        names.setTickLabelFont(ChartStyle.font(8f));
        names.setTickLabelPaint(ChartStyle.INK);
        names.setAxisLineVisible(false);
        names.setTickMarksVisible(false);
        names.setCategoryMargin(0.25);
        names.setLowerMargin(0.01);
        names.setUpperMargin(0.01);
        names.setMaximumCategoryLabelWidthRatio(0.45f);

        NumberAxis mentions = new NumberAxis("Mentions");
        mentions.setLabelFont(ChartStyle.font(8f));
        mentions.setLabelPaint(ChartStyle.INK);
        mentions.setTickLabelFont(ChartStyle.font(7.5f));
        mentions.setTickLabelPaint(ChartStyle.INK);
        mentions.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        mentions.setAxisLineVisible(false);
        mentions.setUpperMargin(0.08);

        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setMaximumBarWidth(0.09);
        for (int i = 0; i < TYPES.size(); i++) {
            bars.setSeriesPaint(i, ChartStyle.colour(TYPES.get(i)));
            bars.setSeriesOutlinePaint(i, ChartStyle.INK);
            bars.setSeriesOutlineStroke(i, ChartStyle.OUTLINE);
        }

        CategoryPlot plot = new CategoryPlot(data, names, mentions, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, ChartStyle.font(9f), plot, true);
        ChartStyle.frame(chart);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        return chart;
    }

    /** Category keys must be unique: two actors shortened to the same label get their id. */
    private static String label(Dossier.ActorView a, List<Dossier.ActorView> all) {
        String label = ChartStyle.label(a.name(), 32);
        long same = all.stream().filter(o -> ChartStyle.label(o.name(), 32).equals(label)).count();
        return same > 1 ? label + " (" + a.id() + ")" : label;
    }
}
