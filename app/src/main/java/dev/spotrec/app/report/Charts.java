package dev.spotrec.app.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's charts, drawn with JFreeChart and saved as PNG files beside the page. */
final class Charts {
    static final int WIDTH = 860;
    static final int HEIGHT = 420;

    static {
        // Charts are drawn off-screen; never try to open a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {}

    /**
     * Grouped bars with error bars: one group per category, one bar per series.
     *
     * @param values [series][category] means; low/high the interval ends (NaN: none)
     */
    static JFreeChart intervalBars(
            String title,
            String valueLabel,
            List<String> series,
            List<String> categories,
            double[][] values,
            double[][] low,
            double[][] high) {
        DefaultCategoryDataset data = dataset(series, categories, values);
        JFreeChart chart = barChart(title, valueLabel, data);
        CategoryPlot plot = chart.getCategoryPlot();
        ErrorBarRenderer renderer = new ErrorBarRenderer(low, high);
        style(renderer);
        plot.setRenderer(renderer);
        double top = 0;
        for (int s = 0; s < values.length; s++) {
            for (int c = 0; c < values[s].length; c++) {
                top = Math.max(top, Double.isNaN(high[s][c]) ? values[s][c] : high[s][c]);
            }
        }
        ((NumberAxis) plot.getRangeAxis()).setRange(0, top <= 0 ? 1 : top * 1.08);
        return chart;
    }

    /** Grouped bars: one group per category, one bar per series. */
    static JFreeChart bars(
            String title,
            String valueLabel,
            List<String> series,
            List<String> categories,
            double[][] values) {
        JFreeChart chart = barChart(title, valueLabel, dataset(series, categories, values));
        style((BarRenderer) chart.getCategoryPlot().getRenderer());
        return chart;
    }

    /** Lines through (x, y) points, one per series; NaN points are left out. */
    static JFreeChart lines(
            String title, String xLabel, String yLabel, Map<String, List<double[]>> series) {
        XYSeriesCollection data = new XYSeriesCollection();
        series.forEach(
                (name, points) -> {
                    XYSeries s = new XYSeries(name);
                    for (double[] p : points) {
                        if (!Double.isNaN(p[1])) {
                            s.add(p[0], p[1]);
                        }
                    }
                    data.addSeries(s);
                });
        JFreeChart chart =
                ChartFactory.createXYLineChart(
                        title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
        }
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getDomainAxis())
                .setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }

    /** Writes {@code chart} as a PNG of the standard size. */
    static void savePng(JFreeChart chart, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    private static DefaultCategoryDataset dataset(
            List<String> series, List<String> categories, double[][] values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < series.size(); s++) {
            for (int c = 0; c < categories.size(); c++) {
                data.addValue(values[s][c], series.get(s), categories.get(c));
            }
        }
        return data;
    }

    private static JFreeChart barChart(
            String title, String valueLabel, DefaultCategoryDataset data) {
        JFreeChart chart =
                ChartFactory.createBarChart(
                        title,
                        null,
                        valueLabel,
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (data.getColumnCount() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return chart;
    }

    /** A colour-blind-safe palette (Okabe and Ito), one colour per series. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000)
    };

    private static void style(BarRenderer renderer) {
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
        }
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.04);
        renderer.setDrawBarOutline(false);
    }
}
