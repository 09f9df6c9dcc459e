package org.massode.rhomm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.datavec.api.records.Record;
import org.datavec.api.records.metadata.RecordMetaDataLine;
import org.datavec.api.records.reader.impl.csv.CSVRecordReader;
import org.datavec.api.split.FileSplit;
import org.datavec.api.writable.Writable;

/**
 * Reads a BLP signal from CSV with DataVec's {@link CSVRecordReader}: rows are time points, columns are regions,
 * comma-separated. A first row in which no cell is a number is taken as a header. Every cell must be a finite
 * number and every row as long as the first; otherwise the error names the file, the line and the column.
 */
public final class CsvSignalReader {
    private CsvSignalReader() {
    }

    public static Signals read(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new SignalFormatException(name, "no such file");
        }
        try {
            if (Files.size(file) == 0) {
                throw new SignalFormatException(name, "empty file (expected rows of comma-separated numbers)");
            }
        } catch (IOException e) {
            throw new SignalFormatException(name, "cannot read: " + e.getMessage(), e);
        }
        DoubleRows rows = new DoubleRows();
        int width = -1;
        boolean first = true;
        int counted = 0;
        try (CSVRecordReader reader = new CSVRecordReader(0, ',')) {
            reader.initialize(new FileSplit(file.toFile()));
            while (reader.hasNext()) {
                Record rec = reader.nextRecord();
                counted++;
                int line = lineOf(rec, counted);
                List<Writable> cells = rec.getRecord();
                if (isBlank(cells)) {
                    continue; // a trailing newline or an empty line is not a time point
                }
                if (first) {
                    first = false;
                    if (isHeader(cells)) {
                        width = cells.size();
                        continue;
                    }
                }
                if (width < 0) {
                    width = cells.size();
                } else if (cells.size() != width) {
                    throw new SignalFormatException(name, "line " + line + ": ragged row, expected " + width
                            + " values (as in the first row) but found " + cells.size());
                }
                for (int c = 0; c < cells.size(); c++) {
                    rows.add(parse(name, line, c, cells.get(c).toString()));
                }
            }
        } catch (IOException | InterruptedException e) {
            throw new SignalFormatException(name, "cannot read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof SignalFormatException) throw e;
            throw new SignalFormatException(name, "not a readable CSV file: " + e.getMessage(), e);
        }
        if (rows.size() == 0) {
            throw new SignalFormatException(name, "no data rows (expected rows of comma-separated numbers)");
        }
        return new Signals(name, rows.size() / width, width, rows.toArray());
    }

    /** 1-based line number from DataVec's metadata, falling back to the record count. */
    private static int lineOf(Record rec, int counted) {
        if (rec.getMetaData() instanceof RecordMetaDataLine m) {
            return m.getLineNumber() + 1;
        }
        return counted;
    }

    private static boolean isBlank(List<Writable> cells) {
        return cells.isEmpty() || (cells.size() == 1 && cells.get(0).toString().isBlank());
    }

    private static boolean isHeader(List<Writable> cells) {
        for (Writable w : cells) {
            if (tryParse(w.toString()) != null) return false;
        }
        return true;
    }

    private static Double tryParse(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double parse(String file, int line, int column, String cell) {
        Double v = tryParse(cell);
        if (v == null) {
            throw new SignalFormatException(file, "line " + line + ", column " + (column + 1)
                    + ": expected a number but found '" + cell.trim() + "'");
        }
        if (!Double.isFinite(v)) {
            throw new SignalFormatException(file, "line " + line + ", column " + (column + 1)
                    + ": expected a finite number but found " + cell.trim());
        }
        return v;
    }

    /** A growable double buffer (a boxed list would triple the memory of a 10⁵ × 200 file). */
    private static final class DoubleRows {
        private double[] data = new double[1024];
        private int size;

        void add(double v) {
            if (size == data.length) data = java.util.Arrays.copyOf(data, data.length * 2);
            data[size++] = v;
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
