package org.massode.data;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Reads IDX files (raw or {@code .gz}) of unsigned bytes: images (magic {@code 0x00000803}: count, rows, cols, pixels)
 * and labels (magic {@code 0x00000801}: count, labels). The header is checked against the file's size and every label
 * against the number of classes, so a corrupt or truncated file fails with a {@link DataFileException} naming the file
 * and the problem (expected vs. actual), never with an index error deep inside ND4J.
 */
public final class IdxReader {
    public static final int IMAGES_MAGIC = 0x00000803;
    public static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    /**
     * IDX images; {@code pixels} holds {@code count·rows·cols} bytes starting at {@code offset} (the header's size)
     * so that a 47 MB file is not copied once more.
     */
    public record Images(String source, int count, int rows, int cols, byte[] bytes, int offset) {
        /** Pixel {@code p} (0 ≤ p < rows·cols) of image {@code i}, 0–255. */
        public int pixel(int i, int p) {
            return bytes[offset + i * rows * cols + p] & 0xFF;
        }
    }

    public static Images readImages(Path file) {
        return parseImages(Compression.readAll(file), file.toString());
    }

    public static int[] readLabels(Path file, int classes) {
        return parseLabels(Compression.readAll(file), file.toString(), classes);
    }

    /** Parses images from the (decompressed) bytes of an IDX file; {@code source} names it in errors. */
    public static Images parseImages(byte[] bytes, String source) {
        ByteBuffer b = header(bytes, source, IMAGES_MAGIC, 16, "images");
        int n = b.getInt(4);
        int rows = b.getInt(8);
        int cols = b.getInt(12);
        if (n < 0 || rows <= 0 || cols <= 0) {
            throw new DataFileException(source, "invalid header: " + n + " images of " + rows + "x" + cols);
        }
        long expected = 16L + (long) n * rows * cols;
        if (bytes.length != expected) {
            throw new DataFileException(source, "header says " + n + " images of " + rows + "x" + cols + ", i.e. "
                    + expected + " bytes, but the file has " + bytes.length + " bytes"
                    + (bytes.length < expected ? " (truncated)" : " (trailing data)"));
        }
        return new Images(source, n, rows, cols, bytes, 16);
    }

    /** Parses labels, each checked to be below {@code classes}. */
    public static int[] parseLabels(byte[] bytes, String source, int classes) {
        ByteBuffer b = header(bytes, source, LABELS_MAGIC, 8, "labels");
        int n = b.getInt(4);
        if (n < 0 || bytes.length != 8L + n) {
            throw new DataFileException(source, "header says " + n + " labels, i.e. " + (8L + n)
                    + " bytes, but the file has " + bytes.length + " bytes"
                    + (bytes.length < 8L + n ? " (truncated)" : " (trailing data)"));
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = bytes[8 + i] & 0xFF;
            if (out[i] >= classes) {
                throw new DataFileException(source, "label " + out[i] + " at index " + i + " is out of range; expected "
                        + "0.." + (classes - 1));
            }
        }
        return out;
    }

    private static ByteBuffer header(byte[] bytes, String source, int magic, int size, String what) {
        if (bytes.length < size) {
            throw new DataFileException(source, "truncated IDX " + what + " file: " + bytes.length
                    + " bytes, the header alone needs " + size);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int m = b.getInt(0);
        if (m != magic) {
            String hint = m == (magic ^ 0x2) ? " (an IDX " + (magic == IMAGES_MAGIC ? "labels" : "images")
                    + " file where " + what + " were expected)" : "";
            throw new DataFileException(source, String.format("bad magic number 0x%08X, expected 0x%08X for IDX %s%s",
                    m, magic, what, hint));
        }
        return b;
    }
}
