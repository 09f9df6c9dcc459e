package org.massode.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads IDX files (raw or gzip): unsigned-byte images (magic 0x00000803) and labels (magic 0x00000801), checking
 * the header against the file size so that corrupt or truncated files fail with the file's name and the problem.
 */
public final class IdxFiles {
    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    private IdxFiles() {
    }

    static byte[] readAll(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            return readAll(raw, file.toString(), file.getFileName().toString().endsWith(".gz"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static byte[] readAll(InputStream raw, String name, boolean gzip) throws IOException {
        try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            in.transferTo(out);
            return out.toByteArray();
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException(name + ": not a valid gzip file (" + e.getMessage() + ")", e);
        }
    }

    /** Images as floats in [0, 1], [n, rows·cols]; {@code limit} ≤ 0 reads all. */
    public static INDArray images(byte[] bytes, String name, int limit) {
        ByteBuffer b = header(bytes, name, IMAGES_MAGIC, 16);
        int n = b.getInt(4);
        int rows = b.getInt(8);
        int cols = b.getInt(12);
        long expected = 16L + (long) n * rows * cols;
        if (n < 0 || rows <= 0 || cols <= 0 || bytes.length != expected) {
            throw new IllegalArgumentException(name + ": header says " + n + " images of " + rows + "x" + cols
                    + " (" + expected + " bytes) but the file has " + bytes.length + " bytes");
        }
        int m = limit > 0 ? Math.min(limit, n) : n;
        int d = rows * cols;
        float[] f = new float[m * d];
        for (int i = 0; i < f.length; i++) f[i] = (bytes[16 + i] & 0xFF) / 255f;
        return Nd4j.create(f, new long[]{m, d}, DataType.FLOAT);
    }

    /** Labels as ints; checks each is below {@code classes}. */
    public static int[] labels(byte[] bytes, String name, int limit, int classes) {
        ByteBuffer b = header(bytes, name, LABELS_MAGIC, 8);
        int n = b.getInt(4);
        if (n < 0 || bytes.length != 8L + n) {
            throw new IllegalArgumentException(name + ": header says " + n + " labels (" + (8L + n)
                    + " bytes) but the file has " + bytes.length + " bytes");
        }
        int m = limit > 0 ? Math.min(limit, n) : n;
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = bytes[8 + i] & 0xFF;
            if (out[i] >= classes) {
                throw new IllegalArgumentException(name + ": label " + out[i] + " at index " + i + " is not below "
                        + classes);
            }
        }
        return out;
    }

    private static ByteBuffer header(byte[] bytes, String name, int magic, int size) {
        if (bytes.length < size) {
            throw new IllegalArgumentException(name + ": truncated IDX file (" + bytes.length + " bytes, header needs "
                    + size + ")");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int m = b.getInt(0);
        if (m != magic) {
            throw new IllegalArgumentException(name + String.format(": bad magic number 0x%08X, expected 0x%08X", m, magic));
        }
        return b;
    }

    /** One-hot encoding [n, classes]. */
    public static INDArray oneHot(int[] labels, int classes) {
        INDArray y = Nd4j.zeros(DataType.FLOAT, labels.length, classes);
        for (int i = 0; i < labels.length; i++) y.putScalar(i, labels[i], 1f);
        return y;
    }

}
