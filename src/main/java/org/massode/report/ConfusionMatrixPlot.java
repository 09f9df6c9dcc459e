package org.massode.report;

import java.awt.Color;
import java.nio.file.Path;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/** {@code confusion-matrix.png}: a heat map of counts, true class on the y axis, predicted class on the x axis. */
public final class ConfusionMatrixPlot {
    public static final String FILE = "confusion-matrix.png";

    private ConfusionMatrixPlot() {
    }

    public static void write(int[][] counts, Path file) {
        int k = counts.length;
        int[] xAxis = new int[k];
        int[] yAxis = new int[k];
        for (int i = 0; i < k; i++) {
            xAxis[i] = i;
            yAxis[i] = k - 1 - i; // true class 0 at the top, as confusion matrices are usually read
        }
        // XChart's int heat map is indexed [x][y]: heat[predicted][j] with j the row counted from the bottom
        int[][] heat = new int[k][k];
        int total = 0;
        int correct = 0;
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                heat[p][k - 1 - t] = counts[t][p];
                total += counts[t][p];
                if (t == p) correct += counts[t][p];
            }
        }
        HeatMapChart c = new HeatMapChartBuilder().width(640).height(600)
                .title(String.format(java.util.Locale.ROOT, "Confusion matrix (%d test images, accuracy %.4f)", total,
                        total == 0 ? 0 : correct / (double) total))
                .xAxisTitle("predicted class").yAxisTitle("true class").build();
        c.getStyler().setShowValue(true);
        c.getStyler().setRangeColors(new Color[]{Color.WHITE, new Color(0x9ecae1), new Color(0x08306b)});
        c.getStyler().setLegendVisible(false);
        c.addSeries("counts", xAxis, yAxis, heat);
        Png.chart(c, file);
    }
}
