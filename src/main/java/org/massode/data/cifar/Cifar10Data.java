package org.massode.data.cifar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.massode.data.DataFileException;
import org.massode.data.DatasetConfig;
import org.massode.data.DatasetConfigYaml;
import org.massode.data.DatasetLocator;
import org.massode.data.ShuffledDataSetIterator;
import org.massode.data.Split;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.dataset.api.preprocessor.CompositeDataSetPreProcessor;
import org.nd4j.linalg.factory.Nd4j;

/**
 * CIFAR-10 (binary version) as DL4J {@link DataSet}s: features float {@code [n, 3, 32, 32]} (NCHW) in [0, 1] —
 * optionally standardized per channel — and one-hot labels {@code [n, 10]}. Train = {@code data_batch_1..5.bin}
 * (50,000 images, in file order), test = {@code test_batch.bin} (10,000).
 *
 * <p>Where the files are looked for ({@link DatasetLocator}, {@code datasets-config/cifar10.yaml}): extract
 * {@code cifar-10-binary.tar.gz} anywhere, e.g. {@code /data}, and pass {@code --data-dir /data} (which holds
 * {@code cifar-10-batches-bin/}) or {@code --data-dir /data/cifar-10-batches-bin}, or set {@code MASSODE_DATA=/data}.
 * Without a copy the archive is downloaded into {@code ~/.massode/datasets/cifar10/}, its md5 verified before it is
 * extracted. Local files are checked by size (30,730,000 bytes each) and by the record parser.
 */
public final class Cifar10Data {
    public static final List<String> LABELS = List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");

    private Cifar10Data() {
    }

    /** Loads a split through the default locator; {@code limit} ≤ 0 loads all; {@code normalize} applies
     * {@link ChannelNormalizer#cifar10()}. */
    public static DataSet load(Path dataDirOrNull, Split split, int limit, boolean normalize) {
        return load(DatasetLocator.defaults(dataDirOrNull), DatasetConfigYaml.load("cifar10"), split, limit, normalize);
    }

    public static DataSet load(DatasetLocator locator, DatasetConfig cfg, Split split, int limit, boolean normalize) {
        Path dir = locator.locate(cfg);
        DataSet ds = read(files(dir, split), limit);
        if (normalize) ChannelNormalizer.cifar10().apply(ds.getFeatures());
        return ds;
    }

    /** The batch files of a split in {@code dir}. */
    public static List<Path> files(Path dir, Split split) {
        if (split == Split.TEST) return List.of(dir.resolve("test_batch.bin"));
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 5; i++) files.add(dir.resolve("data_batch_" + i + ".bin"));
        return files;
    }

    /** Reads the records of {@code files} in order (the first {@code limit} when > 0), pixels scaled to [0, 1]. */
    public static DataSet read(List<Path> files, int limit) {
        List<CifarReader.Batch> batches = new ArrayList<>();
        int n = 0;
        for (Path f : files) {
            if (limit > 0 && n >= limit) break;
            CifarReader.Batch b = CifarReader.read(f);
            batches.add(b);
            n += b.size();
        }
        if (n == 0) throw new DataFileException(files.toString(), "no records");
        int m = limit > 0 ? Math.min(limit, n) : n;
        float[] x = new float[m * CifarReader.PIXELS];
        float[] y = new float[m * CifarReader.CLASSES];
        int row = 0;
        for (CifarReader.Batch b : batches) {
            int take = Math.min(b.size(), m - row);
            byte[] p = b.pixels();
            for (int i = 0, o = row * CifarReader.PIXELS; i < take * CifarReader.PIXELS; i++) x[o + i] = (p[i] & 0xFF) / 255f;
            for (int i = 0; i < take; i++) y[(row + i) * CifarReader.CLASSES + b.labels()[i]] = 1f;
            row += take;
            if (row == m) break;
        }
        DataSet ds = new DataSet(Nd4j.create(x, new long[]{m, CifarReader.CHANNELS, CifarReader.SIDE, CifarReader.SIDE},
                'c').castTo(DataType.FLOAT), Nd4j.create(y, new long[]{m, CifarReader.CLASSES}, 'c'));
        ds.setLabelNames(LABELS);
        return ds;
    }

    /**
     * Mini-batches reshuffled per epoch from {@code seed}; with {@code augment}, each batch is randomly cropped (4-pixel
     * padding) and flipped, seeded from {@code seed} too. Use augmentation for training only.
     */
    public static DataSetIterator iterator(DataSet ds, int batch, boolean shuffle, boolean augment, long seed) {
        ShuffledDataSetIterator it = new ShuffledDataSetIterator(ds, batch, shuffle, seed);
        if (augment) it.setPreProcessor(CifarAugmenter.standard(seed ^ 0x5DEECE66DL));
        return it;
    }

    /** Several pre-processors in order (e.g. augmentation then a normalizer). */
    public static DataSetPreProcessor chain(DataSetPreProcessor... steps) {
        return new CompositeDataSetPreProcessor(steps);
    }
}
