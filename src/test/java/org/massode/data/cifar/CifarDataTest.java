package org.massode.data.cifar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massode.data.DataFileException;
import org.massode.data.DatasetConfig;
import org.massode.data.DatasetConfigYaml;
import org.massode.data.DatasetLocator;
import org.massode.data.DatasetNotFoundException;
import org.massode.data.Split;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/** On synthetic files written in the exact CIFAR-10 binary format (the real data are not available here). */
class CifarDataTest {

    /** Pixel (record r, channel c, row y, column x) of the synthetic data: distinct enough to catch layout errors. */
    private static int pixel(int seed, int r, int c, int y, int x) {
        return (seed * 7 + r * 13 + c * 101 + y * 5 + x * 3) & 0xFF;
    }

    /** A batch file of {@code labels.length} records: label byte, then the R, G and B planes row-major. */
    static Path writeBatch(Path file, int seed, int... labels) throws IOException {
        byte[] b = new byte[labels.length * CifarReader.RECORD];
        for (int r = 0; r < labels.length; r++) {
            int o = r * CifarReader.RECORD;
            b[o] = (byte) labels[r];
            for (int c = 0; c < 3; c++)
                for (int y = 0; y < 32; y++)
                    for (int x = 0; x < 32; x++) b[o + 1 + c * 1024 + y * 32 + x] = (byte) pixel(seed, r, c, y, x);
        }
        Files.createDirectories(file.getParent());
        return Files.write(file, b);
    }

    /** The extracted-archive layout: root/cifar-10-batches-bin/{data_batch_1..5,test_batch}.bin, 2 records each. */
    static DatasetConfig syntheticLayout(Path root) throws IOException {
        Path bin = root.resolve("cifar-10-batches-bin");
        for (int i = 1; i <= 5; i++) writeBatch(bin.resolve("data_batch_" + i + ".bin"), i, i, 9 - i);
        writeBatch(bin.resolve("test_batch.bin"), 0, 3, 8);
        DatasetConfig real = DatasetConfigYaml.load("cifar10");
        DatasetConfig.Builder b = DatasetConfig.builder("cifar10");
        real.folders().forEach(b::folder);
        // same files and folders as the shipped config, sizes of the synthetic files
        real.files().keySet().forEach(f -> b.file(f, null, null, 2L * CifarReader.RECORD, List.of()));
        return b.build();
    }

    @Test
    void recordsParseIntoNchwWithLabelsAndValues(@TempDir Path t) throws IOException {
        DatasetConfig cfg = syntheticLayout(t);
        DatasetLocator loc = DatasetLocator.builder().dataDir(t).env(null).home(t.resolve("home")).download(false).build();
        DataSet train = Cifar10Data.load(loc, cfg, Split.TRAIN, 0, false);
        assertArrayEquals(new long[]{10, 3, 32, 32}, train.getFeatures().shape());
        assertEquals(DataType.FLOAT, train.getFeatures().dataType());
        assertArrayEquals(new long[]{10, 10}, train.getLabels().shape());
        // batch 3 (seed 3) record 1 is example 5, label 9 - 3 = 6
        assertEquals(6, train.getLabels().getRow(5).argMax().getInt(0));
        for (int[] p : new int[][]{{0, 0, 0}, {1, 5, 7}, {2, 31, 30}}) {
            assertEquals(pixel(3, 1, p[0], p[1], p[2]) / 255f, train.getFeatures().getFloat(5, p[0], p[1], p[2]), 1e-7,
                    Arrays.toString(p));
        }
        DataSet test = Cifar10Data.load(loc, cfg, Split.TEST, 0, false);
        assertEquals(2, test.numExamples());
        assertEquals(8, test.getLabels().getRow(1).argMax().getInt(0));
        assertEquals(3, Cifar10Data.load(loc, cfg, Split.TRAIN, 3, false).numExamples());
        assertEquals("frog", Cifar10Data.LABELS.get(6));
    }

    @Test
    void dataDirMayPointAtTheExtractedFolderItself(@TempDir Path t) throws IOException {
        DatasetConfig cfg = syntheticLayout(t);
        Path bin = t.resolve("cifar-10-batches-bin");
        DatasetLocator loc = DatasetLocator.builder().dataDir(bin).env(null).home(t.resolve("home")).download(false).build();
        assertEquals(bin, loc.locate(cfg));
        DatasetLocator none = DatasetLocator.builder().dataDir(t.resolve("elsewhere")).env(null)
                .home(t.resolve("home")).download(false).build();
        var e = assertThrows(DatasetNotFoundException.class, () -> none.locate(cfg));
        assertTrue(e.getMessage().contains("data_batch_1.bin") && e.getMessage().contains("elsewhere"), e.getMessage());
    }

    @Test
    void truncatedFileNamesTheFileAndTheRecord(@TempDir Path t) throws IOException {
        Path f = writeBatch(t.resolve("data_batch_1.bin"), 1, 1, 2, 3);
        byte[] b = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(b, b.length - 100));
        var e = assertThrows(DataFileException.class, () -> CifarReader.read(f));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("record 2")
                && e.getMessage().contains("not a multiple of 3073"), e.getMessage());
        Files.write(f, new byte[0]);
        assertThrows(DataFileException.class, () -> CifarReader.read(f));
    }

    @Test
    void labelAboveNineNamesTheRecord(@TempDir Path t) throws IOException {
        Path f = writeBatch(t.resolve("test_batch.bin"), 1, 1, 12, 3);
        var e = assertThrows(DataFileException.class, () -> CifarReader.read(f));
        assertTrue(e.getMessage().contains("test_batch.bin") && e.getMessage().contains("record 1")
                && e.getMessage().contains("label 12"), e.getMessage());
    }

    @Test
    void perChannelNormalizationFitsAndApplies() {
        INDArray x = Nd4j.rand(DataType.FLOAT, 20, 3, 8, 8);
        x.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(2))
                .muli(4).addi(1);
        ChannelNormalizer n = ChannelNormalizer.fit(x);
        assertEquals(3.0, n.mean()[2], 0.1, "4·U(0,1) + 1");
        assertEquals(4 / Math.sqrt(12), n.std()[2], 0.1);
        assertEquals(0.5, n.mean()[0], 0.05);
        INDArray z = n.apply(x.dup());
        for (int c = 0; c < 3; c++) {
            INDArray ch = z.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(c));
            assertEquals(0.0, ch.meanNumber().doubleValue(), 1e-4);
            assertEquals(1.0, ch.std(false).getDouble(0), 1e-3);
        }
        assertThrows(IllegalArgumentException.class, () -> n.apply(Nd4j.rand(DataType.FLOAT, 2, 784)));
    }

    @Test
    void augmentationIsASeededShiftOrFlipOfTheImage() {
        INDArray img = Nd4j.rand(DataType.FLOAT, 1, 3, 32, 32).addi(0.1);
        DataSet ds = new DataSet(img.dup(), Nd4j.create(new float[]{1, 0}, new long[]{1, 2}));
        DataSet a = ds.copy();
        DataSet b = ds.copy();
        CifarAugmenter.standard(5).preProcess(a);
        CifarAugmenter.standard(5).preProcess(b);
        assertEquals(a.getFeatures(), b.getFeatures(), "same seed, same augmentation");
        // the result must equal one of the 81 shifts x 2 flips of the original, with zeros filling in
        boolean matched = false;
        float[] src = img.data().asFloat();
        float[] out = a.getFeatures().data().asFloat();
        for (int dy = -4; dy <= 4 && !matched; dy++)
            for (int dx = -4; dx <= 4 && !matched; dx++)
                for (int m = 0; m < 2 && !matched; m++) matched = Arrays.equals(out, shift(src, dy, dx, m == 1));
        assertTrue(matched, "augmented image is a padded crop / flip of the input");
        // across many images the augmenter sometimes changes them
        DataSet many = new DataSet(Nd4j.rand(DataType.FLOAT, 16, 3, 32, 32), Nd4j.zeros(DataType.FLOAT, 16, 2));
        INDArray before = many.getFeatures().dup();
        CifarAugmenter.standard(1).preProcess(many);
        assertNotEquals(before, many.getFeatures());
        assertArrayEquals(before.shape(), many.getFeatures().shape());
    }

    private static float[] shift(float[] src, int dy, int dx, boolean mirror) {
        float[] out = new float[src.length];
        for (int c = 0; c < 3; c++)
            for (int y = 0; y < 32; y++)
                for (int x = 0; x < 32; x++) {
                    int sy = y + dy;
                    int sx = (mirror ? 31 - x : x) + dx;
                    if (sy >= 0 && sy < 32 && sx >= 0 && sx < 32) out[c * 1024 + y * 32 + x] = src[c * 1024 + sy * 32 + sx];
                }
        return out;
    }

    @Test
    void iteratorWithAugmentationIsReproducible(@TempDir Path t) throws IOException {
        DatasetConfig cfg = syntheticLayout(t);
        DatasetLocator loc = DatasetLocator.builder().dataDir(t).env(null).home(t.resolve("home")).download(false).build();
        DataSet train = Cifar10Data.load(loc, cfg, Split.TRAIN, 0, true);
        DataSetIterator a = Cifar10Data.iterator(train, 4, true, true, 11);
        DataSetIterator b = Cifar10Data.iterator(train, 4, true, true, 11);
        while (a.hasNext()) assertEquals(a.next().getFeatures(), b.next().getFeatures());
    }
}
