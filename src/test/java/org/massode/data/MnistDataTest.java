package org.massode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

class MnistDataTest {

    static void assertMnistShaped(DataSet ds, int n) {
        assertEquals(n, ds.numExamples());
        assertEquals(DataType.FLOAT, ds.getFeatures().dataType());
        assertEquals(784, ds.getFeatures().columns());
        assertEquals(10, ds.getLabels().columns());
        assertTrue(ds.getFeatures().minNumber().doubleValue() >= 0);
        assertTrue(ds.getFeatures().maxNumber().doubleValue() <= 1);
        assertEquals(1.0, ds.getFeatures().maxNumber().doubleValue(), 1e-6, "255 maps to 1");
        INDArray rowSums = ds.getLabels().sum(1);
        assertEquals(n, rowSums.eq(1.0).castTo(DataType.INT32).sumNumber().intValue(), "one-hot rows");
        assertEquals(0.0, ds.getLabels().minNumber().doubleValue());
    }

    @Test
    void bundledSampleHasMnistShapesAndEveryClass() {
        DataSet train = MnistData.bundledSample(Split.TRAIN);
        DataSet test = MnistData.load(MnistData.SAMPLE, null, Split.TEST, 0);
        assertMnistShaped(train, 5000);
        assertMnistShaped(test, 1000);
        INDArray perClass = train.getLabels().sum(0);
        for (int k = 0; k < 10; k++) assertTrue(perClass.getDouble(k) > 350, "class " + k + ": " + perClass);
        assertEquals(100, MnistData.bundledSample(Split.TRAIN, 100).numExamples());
    }

    @Test
    void unknownDatasetNamesTheChoices() {
        var e = assertThrows(IllegalArgumentException.class, () -> MnistData.load("cifar", (Path) null, Split.TEST, 1));
        assertTrue(e.getMessage().contains("cifar") && e.getMessage().contains("fashion-mnist"), e.getMessage());
    }

    @Test
    void realMnistAndFashionMnistLoadWithFullShapes(@TempDir Path home) {
        Path root = TestData.sharedRoot("mnist");
        DatasetLocator loc = DatasetLocator.builder().dataDir(root).env(null).home(home).download(false).build();
        DataSet test = MnistData.load(loc, "mnist", Split.TEST, 0);
        assertMnistShaped(test, 10_000);
        // the bundled sample is the first 1,000 test images
        DataSet sample = MnistData.bundledSample(Split.TEST);
        assertEquals(sample.getFeatures(), test.getFeatures().get(NDArrayIndex.interval(0, 1000), NDArrayIndex.all()));
        assertEquals(sample.getLabels(), test.getLabels().get(NDArrayIndex.interval(0, 1000), NDArrayIndex.all()));
        DataSet train = MnistData.load(loc, "mnist", Split.TRAIN, 2000);
        assertMnistShaped(train, 2000);

        TestData.sharedRoot("fashion-mnist");
        DataSet fashion = MnistData.load(loc, "fashion-mnist", Split.TEST, 0);
        assertMnistShaped(fashion, 10_000);
        assertEquals(1000.0, fashion.getLabels().sum(0).getDouble(3), "Fashion-MNIST's test set has 1,000 per class");
    }

    @Test
    void mismatchedImageAndLabelCountsAreReported() {
        IdxReader.Images x = IdxReader.parseImages(TestData.idxImages(3, 28, 28, 0), "imgs");
        var e = assertThrows(DataFileException.class, () -> MnistData.toDataSet(x, new int[]{1, 2}, 0));
        assertTrue(e.getMessage().contains("3 images") && e.getMessage().contains("2 labels"), e.getMessage());
        IdxReader.Images small = IdxReader.parseImages(TestData.idxImages(2, 5, 5, 0), "small");
        var e2 = assertThrows(DataFileException.class, () -> MnistData.toDataSet(small, new int[]{1, 2}, 0));
        assertTrue(e2.getMessage().contains("5x5") && e2.getMessage().contains("28x28"), e2.getMessage());
    }
}
