package org.massode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.dataset.DataSet;

class IdxFilesTest {

    @Test
    void bundledSampleHasMnistShapesAndLabelRanges() {
        DataSet train = MnistDatasets.load(MnistDatasets.SAMPLE, null, true, 0);
        DataSet test = MnistDatasets.load(MnistDatasets.SAMPLE, null, false, 0);
        assertEquals(5000, train.numExamples());
        assertEquals(1000, test.numExamples());
        assertEquals(784, train.getFeatures().columns());
        assertEquals(10, train.getLabels().columns());
        assertTrue(train.getFeatures().minNumber().doubleValue() >= 0 && train.getFeatures().maxNumber().doubleValue() <= 1);
        assertEquals(5000.0, train.getLabels().sumNumber().doubleValue(), 1e-9, "one-hot rows");
    }

    @Test
    void corruptOrTruncatedFilesNameTheFileAndTheProblem() {
        byte[] bad = ByteBuffer.allocate(16).putInt(0x0803 + 1).putInt(1).putInt(2).putInt(2).array();
        var e = assertThrows(IllegalArgumentException.class, () -> IdxFiles.images(bad, "x-images", 0));
        assertTrue(e.getMessage().contains("x-images") && e.getMessage().contains("bad magic"), e.getMessage());
        byte[] truncated = ByteBuffer.allocate(16 + 3).putInt(0x0803).putInt(1).putInt(2).putInt(2).array();
        var e2 = assertThrows(IllegalArgumentException.class, () -> IdxFiles.images(truncated, "y-images", 0));
        assertTrue(e2.getMessage().contains("y-images") && e2.getMessage().contains("20 bytes")
                && e2.getMessage().contains("19 bytes"), e2.getMessage());
        byte[] labels = ByteBuffer.allocate(10).putInt(0x0801).putInt(2).put((byte) 3).put((byte) 12).array();
        var e3 = assertThrows(IllegalArgumentException.class, () -> IdxFiles.labels(labels, "z-labels", 0, 10));
        assertTrue(e3.getMessage().contains("z-labels") && e3.getMessage().contains("label 12"), e3.getMessage());
    }

    @Test
    void missingDatasetNamesTheFoldersSearchedAndTheFilesExpected(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("mnist"));
        var e = assertThrows(IllegalArgumentException.class, () -> MnistDatasets.locate("mnist", dir, null, dir));
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("train-images-idx3-ubyte"),
                e.getMessage());
    }
}
