package org.massode.meanfield;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.massode.io.AtomicFiles;
import org.nd4j.linalg.api.ndarray.INDArray;

/** PNG figures of the mean-field solution and of the finite-size comparison (XChart, written atomically). */
public final class MeanFieldFigures {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 420;

    private MeanFieldFigures() {
    }

    private static double[] times(TimeGrid grid) {
        double[] t = new double[grid.points()];
        for (int k = 0; k < t.length; k++) {
            t[k] = grid.time(k);
        }
        return t;
    }

    private static void line(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
    }

    /** m(t), C(t, t) and C(t, 0) on one chart (all three lie in [0, 1]). */
    public static void moments(MeanFieldSolution s, String title, Path png) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("t (s)")
                .yAxisTitle("").build();
        double[] t = times(s.grid());
        line(chart, "m(t)", t, s.meanValues());
        line(chart, "C(t, t)", t, s.variance());
        line(chart, "C(t, 0)", t, s.covarianceWithStart());
        save(chart, png);
    }

    /** A few paths X(t) (columns of {@code paths}). */
    public static void trajectories(TimeGrid grid, INDArray paths, String title, Path png) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("t (s)")
                .yAxisTitle("X(t)").build();
        double[] t = times(grid);
        for (int j = 0; j < paths.columns(); j++) {
            line(chart, "path " + j, t, paths.getColumn(j).toDoubleVector());
        }
        save(chart, png);
    }

    /** log–log plot of the sup distances against N with the N^(−1/2) reference through the first point. */
    public static void finiteSize(List<FiniteSizeComparison.SizeDistance> sizes, String title, Path png) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("N")
                .yAxisTitle("sup distance").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        double[] n = sizes.stream().mapToDouble(FiniteSizeComparison.SizeDistance::neurons).toArray();
        double[] dm = sizes.stream().mapToDouble(FiniteSizeComparison.SizeDistance::meanDistance).toArray();
        double[] dc = sizes.stream().mapToDouble(FiniteSizeComparison.SizeDistance::covarianceDistance).toArray();
        chart.addSeries("sup|m_N − m|", n, dm);
        chart.addSeries("sup|C_N − C|", n, dc);
        double[] ref = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            ref[i] = dm[0] * Math.sqrt(n[0] / n[i]);
        }
        XYSeries r = chart.addSeries("N^(-1/2)", n, ref);
        r.setMarker(SeriesMarkers.NONE);
        save(chart, png);
    }

    private static void save(XYChart chart, Path png) {
        byte[] bytes;
        try {
            bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + png + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(png, out -> out.write(bytes));
    }
}
