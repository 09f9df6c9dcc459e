package org.massode.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class ImageShiftTest {

    @Test
    void shiftMovesPixelsAndFillsZeros() {
        ImageShift s = new ImageShift(16, 2);
        float[] in = new float[16];
        in[1 * 4 + 1] = 1f;   // (row 1, col 1)
        in[3 * 4 + 3] = 2f;   // (row 3, col 3) leaves the image when moved right/down
        float[] out = new float[16];
        s.shift(in, out, 1, 2);
        float[] expected = new float[16];
        expected[3 * 4 + 2] = 1f;
        assertArrayEquals(expected, out);
        s.shift(in, out, 0, 0);
        assertArrayEquals(in, out);
    }

    @Test
    void shiftsStayWithinTheBoundAndKeepTheInkOfCentredImages() {
        ImageShift s = new ImageShift(784, 2);
        float[][] rows = new float[50][784];
        for (float[] r : rows) for (int y = 10; y < 18; y++) for (int x = 10; x < 18; x++) r[y * 28 + x] = 1f;
        s.apply(rows, new Random(1));
        for (float[] r : rows) {
            float sum = 0;
            int minX = 28, minY = 28;
            for (int i = 0; i < 784; i++) {
                sum += r[i];
                if (r[i] > 0) {
                    minX = Math.min(minX, i % 28);
                    minY = Math.min(minY, i / 28);
                }
            }
            assertEquals(64f, sum, 0f);
            assertTrue(minX >= 8 && minX <= 12 && minY >= 8 && minY <= 12, "shift out of bounds");
        }
    }

    @Test
    void augmentedBatchesAreReproducibleFromSeedEpochAndIndex() {
        DataSet d = new DataSet(Nd4j.rand(DataType.FLOAT, 20, 784), Nd4j.eye(20).castTo(DataType.FLOAT));
        EpochBatches a = new EpochBatches(d, 5, 7, 2, new Augmentation(2, false, 0));
        EpochBatches b = new EpochBatches(d, 5, 7, 2, new Augmentation(2, false, 0));
        assertEquals(a.get(3).getFeatures(), b.get(3).getFeatures());
        EpochBatches plain = new EpochBatches(d, 5, 7, 2);
        assertEquals(plain.get(3).getLabels(), a.get(3).getLabels());
        assertTrue(!plain.get(3).getFeatures().equals(a.get(3).getFeatures()));
    }

    @Test
    void badShiftsAndNonSquareImagesNameTheKey() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ImageShift(100 + 1, 2));
        assertTrue(e.getMessage().contains("augmentShift") && e.getMessage().contains("101"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class,
                () -> ExperimentConfig.fromMap(Map.of("augmentShift", 1.5), "cfg.yaml"));
        assertTrue(e2.getMessage().contains("'augmentShift'") && e2.getMessage().contains("1.5"), e2.getMessage());
        assertEquals(2, ExperimentConfig.fromMap(Map.of("augmentShift", 2), "cfg.yaml").augmentation().shift());
    }
}
