package org.massode.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.massode.io.AtomicFiles;

/** Writes a {@link Curve} as CSV and as a PNG line chart (XChart), both atomically. */
public final class MemoryFigures {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 420;

    private MemoryFigures() {
    }

    /** Writes {@code <name>.csv} and {@code <name>.png} into {@code dir}; returns both paths. */
    public static Path[] write(Curve c, Path dir) {
        Path csv = dir.resolve(c.name() + ".csv");
        Path png = dir.resolve(c.name() + ".png");
        AtomicFiles.writeString(csv, c.csv());
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(c.title()).xAxisTitle(c.xLabel())
                .yAxisTitle(c.yLabel()).build();
        chart.getStyler().setYAxisMin(-0.02);
        chart.getStyler().setYAxisMax(1.02);
        for (Map.Entry<String, double[]> e : c.series().entrySet()) chart.addSeries(e.getKey(), c.x(), e.getValue());
        byte[] bytes;
        try {
            bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + png + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(png, out -> out.write(bytes));
        return new Path[]{csv, png};
    }
}
