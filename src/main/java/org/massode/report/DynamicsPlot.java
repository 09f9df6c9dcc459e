package org.massode.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link DynamicsTrace}: {@code dynamics-trajectories.png} (x_i(t) per image), {@code dynamics-distances.png}
 * (distance to the own class attractor and to the nearest other one), {@code attractors.png} and
 * {@code final-states.png} (input, x(T) and the class attractor, as 28×28 images).
 */
public final class DynamicsPlot {
    public static final String TRAJECTORIES = "dynamics-trajectories.png";
    public static final String DISTANCES = "dynamics-distances.png";
    public static final String ATTRACTORS = "attractors.png";
    public static final String FINAL_STATES = "final-states.png";
    private static final String[] NODE_ROLE = {"own block", "own block", "own block", "next class's block",
            "outside all blocks"};

    private static final java.awt.Color[] PALETTE = {new java.awt.Color(0x1f77b4), new java.awt.Color(0xd62728),
            new java.awt.Color(0x2ca02c), new java.awt.Color(0x9467bd), new java.awt.Color(0xff7f0e),
            new java.awt.Color(0x8c564b), new java.awt.Color(0xe377c2), new java.awt.Color(0x7f7f7f),
            new java.awt.Color(0xbcbd22), new java.awt.Color(0x17becf)};

    private DynamicsPlot() {
    }

    /** Writes the four files into {@code dir}; {@code inputs} are the images, {@code labels} their true classes. */
    public static List<Path> write(DynamicsTrace tr, float[][] inputs, int[] labels, int[] predicted, Path dir) {
        List<XYChart> panels = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            XYChart c = new XYChartBuilder().width(520).height(360)
                    .title(String.format(Locale.ROOT, "test image %d: class %d, predicted %d", i, labels[i],
                            predicted[i]))
                    .xAxisTitle("t").yAxisTitle("x_i(t)").build();
            c.getStyler().setLegendFont(c.getStyler().getLegendFont().deriveFont(9f));
            for (int j = 0; j < tr.nodes()[i].length; j++) {
                c.addSeries("node " + tr.nodes()[i][j] + " (" + NODE_ROLE[j] + ")", tr.times(), tr.traces()[i][j])
                        .setMarker(SeriesMarkers.NONE);
            }
            panels.add(c);
        }
        int cols = Math.min(2, panels.size());
        Path traj = dir.resolve(TRAJECTORIES);
        Png.grid(panels, (panels.size() + cols - 1) / cols, cols, traj);

        XYChart d = new XYChartBuilder().width(800).height(500).title("Distance of x(t) to the attractors")
                .xAxisTitle("t").yAxisTitle("||x - p_k||^2 / ||p_k||^2").build();
        for (int i = 0; i < labels.length; i++) {
            int steps = tr.times().length;
            double[] nearestOther = new double[steps];
            for (int s = 0; s < steps; s++) {
                double m = Double.POSITIVE_INFINITY;
                for (int c = 0; c < tr.distances()[i].length; c++) {
                    if (c != labels[i]) m = Math.min(m, tr.distances()[i][c][s]);
                }
                nearestOther[s] = m;
            }
            java.awt.Color color = PALETTE[i % PALETTE.length];
            d.addSeries("image " + i + ": own attractor " + labels[i], tr.times(), tr.distances()[i][labels[i]])
                    .setMarker(SeriesMarkers.NONE).setLineColor(color);
            d.addSeries("image " + i + ": nearest other", tr.times(), nearestOther).setMarker(SeriesMarkers.NONE)
                    .setLineColor(color).setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DASH_DASH);
        }
        Path dist = dir.resolve(DISTANCES);
        Png.chart(d, dist);

        // rates live between the node's low and high stable values, not in [0, 1]: stretch that range to black-white
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float[] a : tr.attractors()) {
            for (float v : a) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        float pad = 0.25f * (hi - lo);
        lo -= pad;
        hi += pad;
        List<ImageGrid.Tile> att = new ArrayList<>();
        for (int c = 0; c < tr.attractors().length; c++) {
            att.add(new ImageGrid.Tile("attractor " + c, tr.attractors()[c], lo, hi));
        }
        Path attPng = dir.resolve(ATTRACTORS);
        ImageGrid.write(att, 5, String.format(Locale.ROOT, "Planted attractors p_k (x_i at pixel i, gray %.2f-%.2f)",
                lo, hi), attPng);

        List<ImageGrid.Tile> fin = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            fin.add(new ImageGrid.Tile("input " + i + " (class " + labels[i] + ")", inputs[i]));
            fin.add(new ImageGrid.Tile("x(T), predicted " + predicted[i], tr.finalStates()[i], lo, hi));
            fin.add(new ImageGrid.Tile("attractor " + labels[i], tr.attractors()[labels[i]], lo, hi));
        }
        Path finPng = dir.resolve(FINAL_STATES);
        ImageGrid.write(fin, 3, "Input, final state x(T) and class attractor", finPng);
        return List.of(traj, dist, attPng, finPng);
    }
}
