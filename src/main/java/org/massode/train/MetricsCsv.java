package org.massode.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.massode.io.AtomicFiles;

/** Reads and (atomically) writes {@code metrics.csv}: {@code epoch,loss,train_accuracy,test_accuracy,seconds}. */
public final class MetricsCsv {
    public static final String FILE = "metrics.csv";
    public static final String HEADER = "epoch,loss,train_accuracy,test_accuracy,seconds";

    private MetricsCsv() {
    }

    public static void write(Path file, List<EpochMetrics> rows) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (EpochMetrics m : rows) {
            // full precision for loss and accuracies: the determinism tests compare them exactly
            sb.append(m.epoch()).append(',').append(m.loss()).append(',').append(m.trainAccuracy()).append(',')
                    .append(m.testAccuracy()).append(',').append(String.format(Locale.ROOT, "%.2f", m.seconds()))
                    .append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    public static List<EpochMetrics> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
            throw new IllegalArgumentException(file + ": expected the header '" + HEADER + "'");
        }
        List<EpochMetrics> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) continue;
            String[] f = line.split(",");
            try {
                if (f.length != 5) throw new NumberFormatException("expected 5 fields, got " + f.length);
                rows.add(new EpochMetrics(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ", line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }
}
