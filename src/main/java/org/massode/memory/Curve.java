package org.massode.memory;

import java.util.LinkedHashMap;
import java.util.Map;

/** One figure's data: a swept x, and named y series of the same length (written as CSV and PNG). */
public record Curve(String name, String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {

    public static Curve of(String name, String title, String xLabel, String yLabel, double[] x) {
        return new Curve(name, title, xLabel, yLabel, x.clone(), new LinkedHashMap<>());
    }

    public Curve put(String series, double[] y) {
        if (y.length != x.length) {
            throw new IllegalArgumentException("series '" + series + "': expected " + x.length + " values but got " + y.length);
        }
        this.series.put(series, y.clone());
        return this;
    }

    /** CSV: header "x,series1,series2,…", one row per x. */
    public String csv() {
        StringBuilder sb = new StringBuilder(xLabel.replace(',', ' '));
        for (String s : series.keySet()) sb.append(',').append(s);
        sb.append('\n');
        for (int i = 0; i < x.length; i++) {
            sb.append(x[i]);
            for (double[] y : series.values()) sb.append(',').append(y[i]);
            sb.append('\n');
        }
        return sb.toString();
    }
}
