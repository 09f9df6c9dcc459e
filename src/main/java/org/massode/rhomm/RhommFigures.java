package org.massode.rhomm;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.lines.SeriesLines;
import org.massode.io.AtomicFiles;

/** PNG figures of RHoMM results (XChart, written atomically). */
public final class RhommFigures {
    private RhommFigures() {
    }

    /** Heatmap of J (row i = target region, column j = source), symmetric colour range ±max|J|. */
    public static void heatmap(double[][] j, String title, Path png) {
        int n = j.length;
        HeatMapChart chart = new HeatMapChartBuilder().width(700).height(640).title(title).xAxisTitle("source j")
                .yAxisTitle("target i").build();
        double max = 0;
        List<Number[]> cells = new ArrayList<>();
        List<Integer> axis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            axis.add(i + 1);
            for (int k = 0; k < n; k++) {
                max = Math.max(max, Math.abs(j[i][k]));
                cells.add(new Number[]{k, n - 1 - i, j[i][k]}); // row 1 at the top, as in a matrix
            }
        }
        List<Integer> yAxis = new ArrayList<>();
        for (int i = n; i >= 1; i--) yAxis.add(i);
        chart.addSeries("J", axis, yAxis, cells);
        chart.getStyler().setRangeColors(new Color[]{new Color(33, 102, 172), Color.WHITE, new Color(178, 24, 43)});
        chart.getStyler().setMin(-Math.max(max, 1e-12));
        chart.getStyler().setMax(Math.max(max, 1e-12));
        chart.getStyler().setAxisTicksVisible(n <= 30);
        save(chart, png);
    }

    /**
     * One line per (N, normalization) of {@code value} against η (log axis) for one topology and bias setting;
     * L1-normalized runs are dashed. Points that did not converge are plotted as they are.
     */
    public static void sweep(List<SweepRow> rows, Topology topology, boolean bias, String what, Path png) {
        XYChart chart = new XYChartBuilder().width(760).height(460)
                .title(what + " vs learning rate, " + topology.label() + (bias ? ", with bias" : ", no bias"))
                .xAxisTitle("learning rate η").yAxisTitle(what).build();
        chart.getStyler().setXAxisLogarithmic(true);
        List<Integer> sizes = rows.stream().map(SweepRow::nodes).distinct().sorted().toList();
        for (int n : sizes) {
            for (RhommConfig.Normalization norm : RhommConfig.Normalization.values()) {
                List<SweepRow> line = rows.stream().filter(r -> r.nodes() == n && r.topology() == topology
                        && r.bias() == bias && r.normalization() == norm).toList();
                if (line.isEmpty()) continue;
                double[] x = line.stream().mapToDouble(SweepRow::learningRate).toArray();
                double[] y = line.stream().mapToDouble(r -> what.startsWith("epochs") ? r.epochs() : r.ecError())
                        .toArray();
                XYSeries s = chart.addSeries("N=" + n + (norm == RhommConfig.Normalization.L1 ? " L1" : " none"), x, y);
                if (norm == RhommConfig.Normalization.L1) s.setLineStyle(SeriesLines.DASH_DASH);
            }
        }
        save(chart, png);
    }

    public static void lossCurve(double[] loss, String title, Path png) {
        XYChart chart = new XYChartBuilder().width(700).height(420).title(title).xAxisTitle("epoch")
                .yAxisTitle("loss").build();
        double[] x = new double[loss.length];
        for (int k = 0; k < x.length; k++) x[k] = k;
        chart.addSeries("loss", x, loss).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        save(chart, png);
    }

    private static void save(Chart<?, ?> chart, Path png) {
        byte[] bytes;
        try {
            bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + png + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(png, out -> out.write(bytes));
    }
}
