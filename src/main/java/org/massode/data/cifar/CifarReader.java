package org.massode.data.cifar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.massode.data.DataFileException;

/**
 * Parses one file of the CIFAR-10 binary version: records of 1 label byte (0–9) followed by 3,072 pixel bytes — the
 * 32×32 red plane, then green, then blue, each row-major. That is exactly the layout of one NCHW example, so the
 * pixels are kept as one contiguous byte array. A file whose size is not a whole number of records, or a label above
 * 9, fails with a {@link DataFileException} naming the file and the record index.
 */
public final class CifarReader {
    public static final int SIDE = 32;
    public static final int CHANNELS = 3;
    public static final int PIXELS = CHANNELS * SIDE * SIDE;
    public static final int RECORD = 1 + PIXELS;
    public static final int CLASSES = 10;

    private CifarReader() {
    }

    /** The records of one file: {@code labels[i]} and {@code pixels[i·3072 … (i+1)·3072)}. */
    public record Batch(String source, int[] labels, byte[] pixels) {
        public int size() {
            return labels.length;
        }
    }

    public static Batch read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot read (" + e.getMessage() + ")", e);
        }
        return parse(bytes, file.toString());
    }

    /** Parses the bytes of one batch file; {@code source} names it in errors. */
    public static Batch parse(byte[] bytes, String source) {
        if (bytes.length == 0) throw new DataFileException(source, "empty file; expected records of " + RECORD + " bytes");
        if (bytes.length % RECORD != 0) {
            int whole = bytes.length / RECORD;
            throw new DataFileException(source, "size " + bytes.length + " is not a multiple of " + RECORD
                    + " (1 label + 3072 pixel bytes): record " + whole + " (0-based) is truncated, it has "
                    + (bytes.length % RECORD) + " of " + RECORD + " bytes");
        }
        int n = bytes.length / RECORD;
        int[] labels = new int[n];
        byte[] pixels = new byte[n * PIXELS];
        for (int i = 0; i < n; i++) {
            int label = bytes[i * RECORD] & 0xFF;
            if (label >= CLASSES) {
                throw new DataFileException(source, "record " + i + " (byte offset " + (long) i * RECORD + ") has label "
                        + label + "; expected 0..9");
            }
            labels[i] = label;
            System.arraycopy(bytes, i * RECORD + 1, pixels, i * PIXELS, PIXELS);
        }
        return new Batch(source, labels, pixels);
    }
}
