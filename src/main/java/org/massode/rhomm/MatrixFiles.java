package org.massode.rhomm;

import java.nio.file.Path;
import java.util.Locale;
import org.massode.io.AtomicFiles;

/** Square connectivity matrices as CSV (no header, row i = inputs to region i) or .npy; writes are atomic. */
public final class MatrixFiles {
    private MatrixFiles() {
    }

    /** Reads an N × N matrix from CSV or .npy; a non-square file is an error naming both dimensions. */
    public static double[][] readSquare(Path file) {
        Signals s = SignalFiles.read(file);
        if (s.timePoints() != s.regions()) {
            throw new SignalFormatException(s.source(), "expected a square N × N connectivity matrix but found "
                    + s.timePoints() + " rows × " + s.regions() + " columns");
        }
        int n = s.regions();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(s.values(), i * n, m[i], 0, n);
        }
        return m;
    }

    public static void writeCsv(Path file, double[][] m) {
        StringBuilder b = new StringBuilder();
        for (double[] row : m) {
            for (int k = 0; k < row.length; k++) {
                if (k > 0) b.append(',');
                b.append(String.format(Locale.ROOT, "%.9g", row[k]));
            }
            b.append('\n');
        }
        AtomicFiles.writeString(file, b.toString());
    }

    public static void writeNpy(Path file, double[][] m) {
        int n = m.length;
        int c = n == 0 ? 0 : m[0].length;
        double[] flat = new double[n * c];
        for (int i = 0; i < n; i++) System.arraycopy(m[i], 0, flat, i * c, c);
        NpyFiles.write(file, n, c, flat);
    }

    /** A ±1 (or any) signal as CSV with a header r1..rN, rows = time. */
    public static void writeSignalsCsv(Path file, Signals s) {
        StringBuilder b = new StringBuilder(s.timePoints() * s.regions() * 3);
        for (int i = 0; i < s.regions(); i++) {
            if (i > 0) b.append(',');
            b.append('r').append(i + 1);
        }
        b.append('\n');
        boolean integral = true;
        for (double v : s.values()) {
            if (v != Math.rint(v)) {
                integral = false;
                break;
            }
        }
        for (int t = 0; t < s.timePoints(); t++) {
            for (int i = 0; i < s.regions(); i++) {
                if (i > 0) b.append(',');
                double v = s.get(t, i);
                b.append(integral ? Long.toString((long) v) : String.format(Locale.ROOT, "%.7g", v));
            }
            b.append('\n');
        }
        AtomicFiles.writeString(file, b.toString());
    }
}
