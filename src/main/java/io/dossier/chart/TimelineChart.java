package io.dossier.chart;

import io.dossier.compose.Dossier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Dated events on a time axis, one row per event, labelled as the article words them. */
public final class TimelineChart {

    public static final int MAX_EVENTS = 14;

    private TimelineChart() {
    }

    public static JFreeChart of(List<Dossier.EventView> events) {
        List<Dossier.EventView> dated = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (Dossier.EventView e : events) {
            LocalDate d = parse(e.date());
            if (d != null && dated.size() < MAX_EVENTS) {
                dated.add(e);
                dates.add(d);
            }
        }
        XYSeries series = new XYSeries("Events", false, true);
        String[] labels = new String[dated.size()];
        for (int i = 0; i < dated.size(); i++) {
            // First event at the top: rows count down.
            int row = dated.size() - 1 - i;
            String label = dated.get(i).label() == null ? dated.get(i).date() : dated.get(i).label();
            // "May" alone is ambiguous on an axis that spans years.
            if (!label.matches(".*\\d{4}.*")) label = label + " " + dates.get(i).getYear();
            labels[row] = ChartStyle.label(label, 26);
            series.add(dates.get(i).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(), row);
        }
        DateAxis time = new DateAxis(null);
        time.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        time.setTickLabelFont(ChartStyle.font(7.5f));
        time.setTickLabelPaint(ChartStyle.INK);
        time.setLowerMargin(0.06);
        time.setUpperMargin(0.06);
        if (!dates.isEmpty() && dates.stream().distinct().count() == 1) {
            // one date alone spans no time, and the axis would count milliseconds ("23:59:59.999"): show the half
            // year on either side of it instead
            LocalDate only = dates.get(0);
            time.setRange(java.util.Date.from(only.minusMonths(6).atStartOfDay(ZoneOffset.UTC).toInstant()),
                    java.util.Date.from(only.plusMonths(6).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        SymbolAxis rows = new SymbolAxis(null, labels);
        rows.setTickLabelFont(ChartStyle.font(8f));
        rows.setTickLabelPaint(ChartStyle.INK);
        rows.setGridBandsVisible(false);
        rows.setAxisLineVisible(false);
        rows.setTickMarksVisible(false);
        rows.setLowerMargin(0.5 / Math.max(1, labels.length));
        rows.setUpperMargin(0.5 / Math.max(1, labels.length));

        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        points.setSeriesPaint(0, ChartStyle.PERSON);
        points.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), time, rows, points);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        JFreeChart chart = new JFreeChart(null, ChartStyle.font(9f), plot, false);
        ChartStyle.frame(chart);
        return chart;
    }

    /** ISO yyyy, yyyy-MM or yyyy-MM-dd; anything else is not placed on the axis. */
    static LocalDate parse(String iso) {
        if (iso == null) return null;
        String s = iso.strip();
        try {
            if (s.matches("\\d{4}")) return LocalDate.of(Integer.parseInt(s), 1, 1);
            if (s.matches("\\d{4}-\\d{2}")) return LocalDate.parse(s + "-01");
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    public static boolean canPlot(List<Dossier.EventView> events) {
        return events.stream().anyMatch(e -> parse(e.date()) != null);
    }
}
