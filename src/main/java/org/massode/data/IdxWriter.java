package org.massode.data;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.massode.io.AtomicFiles;

/**
 * Writes IDX unsigned-byte files (gzipped when the name ends in {@code .gz}) atomically. Used to cut the bundled MNIST
 * sample and by tests. {@link GZIPOutputStream} writes a zero timestamp, so the same input gives the same bytes.
 */
public final class IdxWriter {
    private IdxWriter() {
    }

    /** The first {@code n} images of {@code x}. */
    public static void writeImages(Path target, IdxReader.Images x, int n) {
        if (n < 0 || n > x.count()) throw new IllegalArgumentException("cannot take " + n + " of " + x.count() + " images");
        write(target, out -> {
            out.writeInt(IdxReader.IMAGES_MAGIC);
            out.writeInt(n);
            out.writeInt(x.rows());
            out.writeInt(x.cols());
            out.write(x.bytes(), x.offset(), n * x.rows() * x.cols());
        });
    }

    /** The first {@code n} labels. */
    public static void writeLabels(Path target, int[] labels, int n) {
        if (n < 0 || n > labels.length) throw new IllegalArgumentException("cannot take " + n + " of " + labels.length + " labels");
        write(target, out -> {
            out.writeInt(IdxReader.LABELS_MAGIC);
            out.writeInt(n);
            for (int i = 0; i < n; i++) out.writeByte(labels[i]);
        });
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static void write(Path target, Body body) {
        boolean gz = Compression.isGzip(target);
        AtomicFiles.write(target, raw -> {
            OutputStream o = gz ? new GZIPOutputStream(raw, 1 << 16) : raw;
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(o, 1 << 16));
            body.write(out);
            out.flush();
            if (gz) ((GZIPOutputStream) o).finish();
        });
    }
}
