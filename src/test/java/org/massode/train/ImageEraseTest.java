package org.massode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class ImageEraseTest {

    @Test
    void erasedPixelsFormOneRectangleOfTheDrawnAreaAndTheRestIsUntouched() {
        ImageErase e = new ImageErase(784, 1.0);
        Random rng = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            float[] img = new float[784];
            Arrays.fill(img, 0.5f);
            int n = e.erase(img, rng);
            int top = 28, bottom = -1, left = 28, right = -1, zeros = 0;
            for (int i = 0; i < 784; i++) {
                if (img[i] == 0f) {
                    zeros++;
                    top = Math.min(top, i / 28);
                    bottom = Math.max(bottom, i / 28);
                    left = Math.min(left, i % 28);
                    right = Math.max(right, i % 28);
                } else {
                    assertEquals(0.5f, img[i]);
                }
            }
            assertEquals(n, zeros);
            if (n == 0) continue;
            assertEquals(zeros, (bottom - top + 1) * (right - left + 1), "the erased pixels are a full rectangle");
            // area drawn in [0.02, 0.33]·784 before rounding the sides; rounding moves it by less than h + w + 1
            int slack = (bottom - top + 1) + (right - left + 1) + 1;
            assertTrue(zeros >= ImageErase.MIN_AREA * 784 - slack && zeros <= ImageErase.MAX_AREA * 784 + slack,
                    "area " + zeros);
        }
    }

    @Test
    void aboutTheRequestedShareOfImagesIsErased() {
        ImageErase e = new ImageErase(784, 0.25);
        float[][] rows = new float[800][784];
        for (float[] r : rows) Arrays.fill(r, 1f);
        e.apply(rows, new Random(5));
        int erased = 0;
        for (float[] r : rows) {
            for (float v : r) {
                if (v == 0f) {
                    erased++;
                    break;
                }
            }
        }
        assertTrue(erased > 160 && erased < 240, "erased " + erased + " of 800");
    }

    @Test
    void erasedBatchesAreReproducibleAndKeepTheirLabels() {
        DataSet d = new DataSet(Nd4j.rand(DataType.FLOAT, 20, 784).addi(0.01), Nd4j.eye(20).castTo(DataType.FLOAT));
        Augmentation erase = new Augmentation(0, false, 1.0);
        EpochBatches a = new EpochBatches(d, 10, 7, 1, erase);
        EpochBatches b = new EpochBatches(d, 10, 7, 1, erase);
        EpochBatches plain = new EpochBatches(d, 10, 7, 1);
        assertEquals(a.get(1).getFeatures(), b.get(1).getFeatures());
        assertEquals(plain.get(1).getLabels(), a.get(1).getLabels());
        assertFalse(plain.get(1).getFeatures().equals(a.get(1).getFeatures()));
    }

    @Test
    void configKeyIsAProbabilityAndBadValuesNameTheKey() {
        assertEquals(0.5, ExperimentConfig.fromMap(Map.of("augmentErase", 0.5), "cfg.yaml").augmentation().erase());
        assertEquals(0.0, ExperimentConfig.fromMap(Map.of(), "cfg.yaml").augmentation().erase());
        for (Object bad : new Object[]{1.5, -0.1, "often"}) {
            var ex = assertThrows(IllegalArgumentException.class,
                    () -> ExperimentConfig.fromMap(Map.of("augmentErase", bad), "cfg.yaml"));
            assertTrue(ex.getMessage().contains("cfg.yaml") && ex.getMessage().contains("'augmentErase'"),
                    ex.getMessage());
        }
        var ex = assertThrows(IllegalArgumentException.class, () -> new ImageErase(101, 0.5));
        assertTrue(ex.getMessage().contains("101"), ex.getMessage());
    }
}
