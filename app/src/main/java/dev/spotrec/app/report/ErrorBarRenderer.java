package dev.spotrec.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/**
 * Vertical bars with an error bar from {@code low} to {@code high} on each: JFreeChart's
 * statistical renderer only draws symmetric mean ± standard deviation, while bootstrap intervals
 * are asymmetric. The bar is drawn by {@link BarRenderer}; the interval is drawn on the last pass,
 * centred on the bar {@link BarRenderer#calculateBarW0} placed.
 */
final class ErrorBarRenderer extends BarRenderer {
    @Serial private static final long serialVersionUID = 1L;

    /** [series][category] interval ends; NaN draws no error bar. */
    private final double[][] low;

    private final double[][] high;

    ErrorBarRenderer(double[][] low, double[][] high) {
        this.low = low;
        this.high = high;
    }

    @Override
    public void drawItem(
            Graphics2D g2,
            CategoryItemRendererState state,
            Rectangle2D dataArea,
            CategoryPlot plot,
            CategoryAxis domainAxis,
            ValueAxis rangeAxis,
            CategoryDataset dataset,
            int row,
            int column,
            int pass) {
        super.drawItem(
                g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        if (pass != getPassCount() - 1 || row >= low.length || column >= low[row].length) {
            return;
        }
        double lo = low[row][column];
        double hi = high[row][column];
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return;
        }
        double x0 =
                calculateBarW0(
                        plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
        double x = x0 + state.getBarWidth() / 2;
        RectangleEdge edge = plot.getRangeAxisEdge();
        double y0 = rangeAxis.valueToJava2D(lo, dataArea, edge);
        double y1 = rangeAxis.valueToJava2D(hi, dataArea, edge);
        double cap = Math.max(2, state.getBarWidth() / 4);
        g2.setPaint(Color.DARK_GRAY);
        g2.setStroke(new BasicStroke(1.2f));
        g2.draw(new Line2D.Double(x, y0, x, y1));
        g2.draw(new Line2D.Double(x - cap, y0, x + cap, y0));
        g2.draw(new Line2D.Double(x - cap, y1, x + cap, y1));
    }
}
