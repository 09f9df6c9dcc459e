package org.massode.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * MNIST and Fashion-MNIST (same IDX layout and file names) as DL4J {@link DataSet}s: features float {@code [n, 784]}
 * scaled to [0, 1], labels one-hot float {@code [n, 10]}.
 *
 * <p>The folder is found by {@link DatasetLocator} ({@code --data-dir}, {@code MASSODE_DATA},
 * {@code ~/.massode/datasets}, then a verified download). {@value #SAMPLE} names the small copy bundled in the jar
 * (the first 5,000 training and 1,000 test images of MNIST, see {@code massode/mnist-sample/README.md}), which needs
 * no files at all.
 */
public final class MnistData {
    /** Name of the bundled sample, accepted by {@link #load(String, Path, Split, int)}. */
    public static final String SAMPLE = "mnist-sample";
    public static final int PIXELS = 784;
    public static final int CLASSES = 10;
    private static final Set<String> NAMES = Set.of("mnist", "fashion-mnist");
    private static final String RESOURCE = "/massode/mnist-sample/";

    private MnistData() {
    }

    /**
     * Loads a split.
     *
     * @param name          {@code mnist}, {@code fashion-mnist} or {@value #SAMPLE}
     * @param dataDirOrNull the {@code --data-dir} folder (holding {@code <name>/} or the files), or null
     * @param limit         the first {@code limit} examples; ≤ 0 for all
     */
    public static DataSet load(String name, Path dataDirOrNull, Split split, int limit) {
        if (SAMPLE.equals(name)) return bundledSample(split, limit);
        return load(DatasetLocator.defaults(dataDirOrNull), name, split, limit);
    }

    /** As {@link #load(String, Path, Split, int)} with an explicitly configured locator. */
    public static DataSet load(DatasetLocator locator, String name, Split split, int limit) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown dataset '" + name + "'; expected mnist, fashion-mnist or "
                    + SAMPLE);
        }
        Path dir = locator.locate(DatasetConfigYaml.load(name));
        Path images = DatasetLocator.file(dir, imagesFile(split));
        Path labels = DatasetLocator.file(dir, labelsFile(split));
        return toDataSet(IdxReader.readImages(images), IdxReader.readLabels(labels, CLASSES), limit);
    }

    /** The bundled MNIST sample (5,000 train / 1,000 test images); works offline, without any data folder. */
    public static DataSet bundledSample(Split split) {
        return bundledSample(split, 0);
    }

    public static DataSet bundledSample(Split split, int limit) {
        IdxReader.Images x = IdxReader.parseImages(resource(imagesFile(split) + ".gz"), RESOURCE + imagesFile(split));
        int[] y = IdxReader.parseLabels(resource(labelsFile(split) + ".gz"), RESOURCE + labelsFile(split), CLASSES);
        return toDataSet(x, y, limit);
    }

    /**
     * A mini-batch iterator over {@code ds}; with {@code shuffle} each epoch (each {@code reset()} after data was
     * drawn) gets a new order that depends only on {@code seed} and the epoch number. See
     * {@link ShuffledDataSetIterator}.
     */
    public static DataSetIterator iterator(DataSet ds, int batch, boolean shuffle, long seed) {
        return new ShuffledDataSetIterator(ds, batch, shuffle, seed);
    }

    static String imagesFile(Split split) {
        return split == Split.TRAIN ? "train-images-idx3-ubyte" : "t10k-images-idx3-ubyte";
    }

    static String labelsFile(Split split) {
        return split == Split.TRAIN ? "train-labels-idx1-ubyte" : "t10k-labels-idx1-ubyte";
    }

    /** Checks the images are 28×28 and match the labels in number, then builds features and one-hot labels. */
    static DataSet toDataSet(IdxReader.Images x, int[] y, int limit) {
        if (x.rows() * x.cols() != PIXELS) {
            throw new DataFileException(x.source(), "images are " + x.rows() + "x" + x.cols() + ", expected 28x28");
        }
        if (x.count() != y.length) {
            throw new DataFileException(x.source(), x.count() + " images but the labels file has " + y.length
                    + " labels");
        }
        int n = limit > 0 ? Math.min(limit, x.count()) : x.count();
        float[] f = new float[n * PIXELS];
        byte[] b = x.bytes();
        for (int i = 0, o = x.offset(); i < f.length; i++) f[i] = (b[o + i] & 0xFF) / 255f;
        float[] oneHot = new float[n * CLASSES];
        for (int i = 0; i < n; i++) oneHot[i * CLASSES + y[i]] = 1f;
        INDArray features = Nd4j.create(f, new long[]{n, PIXELS}, DataType.FLOAT);
        INDArray labels = Nd4j.create(oneHot, new long[]{n, CLASSES}, DataType.FLOAT);
        return new DataSet(features, labels);
    }

    private static byte[] resource(String file) {
        String path = RESOURCE + file;
        InputStream in = MnistData.class.getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("bundled sample missing from the classpath: " + path);
        try (in) {
            return Compression.readAll(in, path, true);
        } catch (IOException e) {
            throw new DataFileException(path, "cannot read (" + e.getMessage() + ")", e);
        }
    }
}
