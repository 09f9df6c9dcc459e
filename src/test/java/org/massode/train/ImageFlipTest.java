package org.massode.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class ImageFlipTest {

    @Test
    void mirrorReversesEachRowAndIsAnInvolution() {
        ImageFlip f = new ImageFlip(9);
        float[] img = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        f.mirror(img);
        assertArrayEquals(new float[]{3, 2, 1, 6, 5, 4, 9, 8, 7}, img);
        f.mirror(img);
        assertArrayEquals(new float[]{1, 2, 3, 4, 5, 6, 7, 8, 9}, img);
    }

    @Test
    void aboutHalfOfTheImagesAreMirroredAndNoneIsOtherwiseChanged() {
        ImageFlip f = new ImageFlip(784);
        float[][] rows = new float[400][784];
        for (float[] r : rows) r[5 * 28 + 3] = 1f;   // (row 5, col 3) → (row 5, col 24) when mirrored
        f.apply(rows, new Random(3));
        int mirrored = 0;
        for (float[] r : rows) {
            boolean m = r[5 * 28 + 24] == 1f;
            assertEquals(m ? 0f : 1f, r[5 * 28 + 3]);
            float sum = 0;
            for (float v : r) sum += v;
            assertEquals(1f, sum);
            if (m) mirrored++;
        }
        assertTrue(mirrored > 160 && mirrored < 240, "mirrored " + mirrored + " of 400");
    }

    @Test
    void flippedBatchesAreReproducibleAndKeepTheirLabels() {
        DataSet d = new DataSet(Nd4j.rand(DataType.FLOAT, 20, 784), Nd4j.eye(20).castTo(DataType.FLOAT));
        EpochBatches a = new EpochBatches(d, 10, 7, 1, new Augmentation(0, true, 0));
        EpochBatches b = new EpochBatches(d, 10, 7, 1, new Augmentation(0, true, 0));
        EpochBatches plain = new EpochBatches(d, 10, 7, 1);
        assertEquals(a.get(1).getFeatures(), b.get(1).getFeatures());
        assertEquals(plain.get(1).getLabels(), a.get(1).getLabels());
        assertFalse(plain.get(1).getFeatures().equals(a.get(1).getFeatures()));
    }

    @Test
    void configKeyIsABooleanAndNonSquareImagesAreRefused() {
        assertTrue(ExperimentConfig.fromMap(Map.of("augmentFlip", true), "cfg.yaml").augmentation().flip());
        assertFalse(ExperimentConfig.fromMap(Map.of(), "cfg.yaml").augmentation().flip());
        var e = assertThrows(IllegalArgumentException.class,
                () -> ExperimentConfig.fromMap(Map.of("augmentFlip", "yes"), "cfg.yaml"));
        assertTrue(e.getMessage().contains("cfg.yaml") && e.getMessage().contains("'augmentFlip'"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> new ImageFlip(101));
        assertTrue(e2.getMessage().contains("101"), e2.getMessage());
    }
}
