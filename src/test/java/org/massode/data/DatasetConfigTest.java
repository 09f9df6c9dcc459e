package org.massode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetConfigTest {

    @Test
    void configsListEveryFileWithChecksumAndMirrors() {
        for (String name : new String[]{"mnist", "fashion-mnist"}) {
            DatasetConfig c = DatasetConfig.load(name);
            assertEquals(4, c.files().size(), name);
            c.files().values().forEach(e -> {
                assertEquals(64, e.sha256().length());
                assertTrue(e.urls().size() >= 1);
            });
        }
    }

    @Test
    void aLocalCopyWithTheWrongContentIsRejectedNamingTheFile(@TempDir Path dir) throws Exception {
        Path mnist = Files.createDirectories(dir.resolve("mnist"));
        byte[] images = ByteBuffer.allocate(16 + 4).putInt(0x803).putInt(1).putInt(2).putInt(2).array();
        byte[] labels = ByteBuffer.allocate(9).putInt(0x801).putInt(1).put((byte) 3).array();
        for (String f : new String[]{"train-images-idx3-ubyte", "t10k-images-idx3-ubyte"}) gz(mnist.resolve(f + ".gz"), images);
        for (String f : new String[]{"train-labels-idx1-ubyte", "t10k-labels-idx1-ubyte"}) gz(mnist.resolve(f + ".gz"), labels);
        var e = assertThrows(IllegalArgumentException.class, () -> MnistDatasets.load("mnist", dir, true, 0));
        assertTrue(e.getMessage().contains("checksum mismatch") && e.getMessage().contains("train-images-idx3-ubyte")
                && e.getMessage().contains("ba891046e6505d7a"), e.getMessage());
    }

    private static void gz(Path p, byte[] bytes) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(bytes);
        }
    }
}
