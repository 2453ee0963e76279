package io.dossier.chart;

import io.dossier.compose.Dossier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

class TimelineChartTest {

    /** What the reader sees under the chart: the labels of the time axis, as drawn. */
    private static String axisLabel(List<Dossier.EventView> events) {
        JFreeChart chart = TimelineChart.of(events);
        BufferedImage image = new BufferedImage(480, 220, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 480, 220));
        g.dispose();
        DateAxis time = (DateAxis) chart.getXYPlot().getDomainAxis();
        return time.getTickUnit().valueToString(time.getRange().getCentralValue());
    }

    @Test
    void aSingleDatedEventGetsADateAxisNotClockTimes() {
        String label = axisLabel(List.of(new Dossier.EventView("2019", "2019", "The financial system collapsed.")));
        assertFalse(label.contains(":"), label);
    }

    @Test
    void eventsOnOneDayToo() {
        String label = axisLabel(List.of(new Dossier.EventView("2024-03-05", null, "The vote."),
                new Dossier.EventView("2024-03-05", null, "The count.")));
        assertFalse(label.contains(":"), label);
    }
}
