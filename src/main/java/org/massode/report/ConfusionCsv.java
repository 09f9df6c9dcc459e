package org.massode.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.massode.io.AtomicFiles;
import org.nd4j.evaluation.classification.Evaluation;

/**
 * The final confusion matrix of a run as {@code confusion.csv}: row = true class, column = predicted class. Kept next
 * to the model so that {@code plot} can redraw it without evaluating the test set again (minutes for a WC model).
 */
public final class ConfusionCsv {
    public static final String FILE = "confusion.csv";

    private ConfusionCsv() {
    }

    /** Counts [true][predicted] of a DL4J evaluation. */
    public static int[][] counts(Evaluation ev, int classes) {
        int[][] c = new int[classes][classes];
        for (int t = 0; t < classes; t++) {
            for (int p = 0; p < classes; p++) c[t][p] = ev.getConfusionMatrix().getCount(t, p);
        }
        return c;
    }

    public static void write(Path file, int[][] counts) {
        StringBuilder sb = new StringBuilder("true\\predicted");
        for (int p = 0; p < counts.length; p++) sb.append(',').append(p);
        sb.append('\n');
        for (int t = 0; t < counts.length; t++) {
            sb.append(t);
            for (int v : counts[t]) sb.append(',').append(v);
            sb.append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    public static int[][] read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            int k = lines.size() - 1;
            if (k < 1) throw new IllegalArgumentException(file + ": no rows");
            int[][] c = new int[k][k];
            for (int t = 0; t < k; t++) {
                String[] f = lines.get(t + 1).split(",");
                if (f.length != k + 1) {
                    throw new IllegalArgumentException(file + ", line " + (t + 2) + ": expected " + (k + 1)
                            + " fields, got " + f.length);
                }
                for (int p = 0; p < k; p++) c[t][p] = Integer.parseInt(f[p + 1].trim());
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
