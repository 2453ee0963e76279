package io.dossier.chart;

import io.dossier.render.FontLibrary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;

/**
 * One look for every chart: the dossier's embedded fonts and a palette whose colours differ
 * in lightness as well as hue, so the types stay apart when printed in greyscale.
 */
final class ChartStyle {

    static final Color INK = new Color(0x1F, 0x29, 0x33);
    static final Color GRID = new Color(0xD5, 0xDA, 0xE0);
    static final Color PERSON = new Color(0x1B, 0x36, 0x5D);       // dark navy, ~20% grey
    static final Color ORGANIZATION = new Color(0xC2, 0x5B, 0x3F); // brick, ~50% grey
    static final Color PLACE = new Color(0xEA, 0xC8, 0x6E);        // sand, ~80% grey
    static final Stroke OUTLINE = new BasicStroke(0.6f);

    private ChartStyle() {
    }

    static Font font(float size) {
        return FontLibrary.awt(FontLibrary.SANS_CONDENSED, false, size);
    }

    static Font bold(float size) {
        return FontLibrary.awt(FontLibrary.SANS_CONDENSED, true, size);
    }

    static Paint colour(String type) {
        return switch (type) {
            case "Person" -> PERSON;
            case "Organization" -> ORGANIZATION;
            default -> PLACE;
        };
    }

    static void frame(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlineVisible(false);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(8f));
            legend.setItemPaint(INK);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
    }

    /**
     * A label as the chart draws it: shortened, and with Hebrew or Arabic shaped and in visual
     * order, since Java2D-to-PDF drawing writes characters in the order it gets them.
     */
    static String label(String s, int max) {
        return io.dossier.render.ScriptRuns.visual(shorten(s, max));
    }

    /** Cuts a label to {@code max} characters at a word boundary when it can. */
    static String shorten(String s, int max) {
        if (s == null) return "";
        if (s.codePointCount(0, s.length()) <= max) return s;
        int cut = s.offsetByCodePoints(0, max - 1);
        int space = s.lastIndexOf(' ', cut);
        if (space > max / 2) cut = space;
        return s.substring(0, cut).strip() + "…";
    }
}
