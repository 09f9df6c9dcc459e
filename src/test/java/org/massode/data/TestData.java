package org.massode.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.GZIPOutputStream;

/** Helpers for data tests: the shared real-data folder (skipping when absent) and small synthetic files. */
final class TestData {
    private TestData() {
    }

    /**
     * The real datasets: {@code MASSODE_DATA} when set, else {@code ../shared/datasets}. Skips the calling test with a
     * message naming what is missing when the folder (or the dataset within it) is absent.
     */
    static Path sharedRoot(String dataset) {
        String env = System.getenv("MASSODE_DATA");
        Path root = env != null && !env.isBlank() ? Paths.get(env) : Paths.get("..", "shared", "datasets");
        assumeTrue(Files.isDirectory(root.resolve(dataset)), "skipped: real data folder " + root.toAbsolutePath()
                .resolve(dataset) + " is absent (set MASSODE_DATA to a folder holding " + dataset + "/)");
        return root;
    }

    static byte[] idxImages(int n, int rows, int cols, int seed) {
        ByteBuffer b = ByteBuffer.allocate(16 + n * rows * cols).putInt(IdxReader.IMAGES_MAGIC).putInt(n).putInt(rows)
                .putInt(cols);
        for (int i = 0; i < n * rows * cols; i++) b.put((byte) ((i * 31 + seed) & 0xFF));
        return b.array();
    }

    static byte[] idxLabels(int... labels) {
        ByteBuffer b = ByteBuffer.allocate(8 + labels.length).putInt(IdxReader.LABELS_MAGIC).putInt(labels.length);
        for (int l : labels) b.put((byte) l);
        return b.array();
    }

    static Path write(Path p, byte[] bytes) {
        try {
            Files.createDirectories(p.toAbsolutePath().getParent());
            if (p.getFileName().toString().endsWith(".gz")) {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                    out.write(bytes);
                }
            } else {
                Files.write(p, bytes);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
