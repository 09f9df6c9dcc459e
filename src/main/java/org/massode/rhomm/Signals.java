package org.massode.rhomm;

/**
 * A multichannel signal read from one file: {@code timePoints} rows (time) × {@code regions} columns, stored
 * row-major in {@code values} (value at time t, region i is {@code values[t * regions + i]}).
 *
 * @param source the file (or a label) the values came from, used in every error message about them
 */
public record Signals(String source, int timePoints, int regions, double[] values) {

    public Signals {
        if (timePoints < 2) {
            throw new SignalFormatException(source, "need at least 2 time points (rows), got " + timePoints);
        }
        if (regions < 2) {
            throw new SignalFormatException(source, "need at least 2 regions (columns), got " + regions);
        }
        if (values.length != (long) timePoints * regions) {
            throw new IllegalArgumentException(source + ": " + values.length + " values do not fill " + timePoints
                    + " × " + regions);
        }
    }

    public double get(int t, int region) {
        return values[t * regions + region];
    }

    /** Column {@code region} as a new array. */
    public double[] column(int region) {
        double[] c = new double[timePoints];
        for (int t = 0; t < timePoints; t++) {
            c[t] = values[t * regions + region];
        }
        return c;
    }

    /** Time points {@code from} (inclusive) to {@code to} (exclusive) as a new signal. */
    public Signals rows(int from, int to, String label) {
        if (from < 0 || to > timePoints || from >= to) {
            throw new IllegalArgumentException(source + ": row range [" + from + ", " + to + ") outside [0, "
                    + timePoints + ")");
        }
        double[] v = java.util.Arrays.copyOfRange(values, from * regions, to * regions);
        return new Signals(source + " " + label, to - from, regions, v);
    }

    /** A signal from a rows × columns array (copied), e.g. in tests. */
    public static Signals of(String source, double[][] rows) {
        int t = rows.length;
        int n = t == 0 ? 0 : rows[0].length;
        double[] v = new double[t * n];
        for (int r = 0; r < t; r++) {
            if (rows[r].length != n) {
                throw new SignalFormatException(source, "row " + r + " has " + rows[r].length + " values, expected "
                        + n);
            }
            System.arraycopy(rows[r], 0, v, r * n, n);
        }
        return new Signals(source, t, n, v);
    }
}
