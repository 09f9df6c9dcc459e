package org.massode.report;

import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.massode.train.EpochMetrics;

/** {@code training-curves.png}: mean training loss per epoch (left) and train/test accuracy per epoch (right). */
public final class TrainingCurvesPlot {
    public static final String FILE = "training-curves.png";

    private TrainingCurvesPlot() {
    }

    public static void write(List<EpochMetrics> rows, Path file) {
        if (rows.isEmpty()) throw new IllegalArgumentException("no epochs to plot (metrics.csv has no rows)");
        double[] x = new double[rows.size()];
        double[] loss = new double[rows.size()];
        double[] train = new double[rows.size()];
        double[] test = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            EpochMetrics m = rows.get(i);
            x[i] = m.epoch();
            loss[i] = m.loss();
            train[i] = m.trainAccuracy();
            test[i] = m.testAccuracy();
        }
        XYChart l = new XYChartBuilder().width(560).height(400).title("Training loss").xAxisTitle("epoch")
                .yAxisTitle("mean loss").build();
        l.getStyler().setLegendVisible(false);
        l.addSeries("loss", x, loss).setMarker(SeriesMarkers.CIRCLE);
        XYChart a = new XYChartBuilder().width(560).height(400).title("Accuracy").xAxisTitle("epoch")
                .yAxisTitle("accuracy").build();
        a.addSeries("train (subset)", x, train).setMarker(SeriesMarkers.CIRCLE);
        a.addSeries("test (subset)", x, test).setMarker(SeriesMarkers.DIAMOND);
        Png.grid(List.of(l, a), 1, 2, file);
    }
}
