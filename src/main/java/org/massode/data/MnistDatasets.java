package org.massode.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.dataset.DataSet;

/**
 * MNIST and Fashion-MNIST (same IDX layout) as DL4J DataSets with features in [0, 1] ([n, 784]) and one-hot labels.
 * The folder is looked up in order: the {@code --data-dir} flag, env {@code MASSODE_DATA}, {@code ~/.massode/datasets};
 * each may hold {@code <name>/} or the files directly. "mnist-sample" is the small copy bundled in the jar
 * (5,000 training and 1,000 test images of MNIST).
 */
public final class MnistDatasets {
    public static final String SAMPLE = "mnist-sample";
    private static final String[] FILES = {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"};

    private MnistDatasets() {
    }

    public static DataSet load(String name, Path dataDir, boolean train, int limit) {
        String img = train ? FILES[0] : FILES[2];
        String lab = train ? FILES[1] : FILES[3];
        byte[] ib;
        byte[] lb;
        String where;
        if (SAMPLE.equals(name)) {
            ib = resource(img + ".gz");
            lb = resource(lab + ".gz");
            where = "bundled " + SAMPLE + "/";
        } else if ("mnist".equals(name) || "fashion-mnist".equals(name)) {
            Path dir = locate(name, dataDir);
            DatasetConfig cfg = DatasetConfig.load(name);
            ib = IdxFiles.readAll(file(dir, img));
            lb = IdxFiles.readAll(file(dir, lab));
            cfg.verify(img, ib, file(dir, img).toString());
            cfg.verify(lab, lb, file(dir, lab).toString());
            where = dir + "/";
        } else {
            throw new IllegalArgumentException("unknown dataset '" + name + "'; expected mnist, fashion-mnist or " + SAMPLE);
        }
        var x = IdxFiles.images(ib, where + img, limit);
        int[] y = IdxFiles.labels(lb, where + lab, limit, 10);
        if (x.rows() != y.length) {
            throw new IllegalArgumentException(where + ": " + x.rows() + " images but " + y.length + " labels");
        }
        return new DataSet(x, IdxFiles.oneHot(y, 10));
    }

    private static Path file(Path dir, String base) {
        Path gz = dir.resolve(base + ".gz");
        return Files.exists(gz) ? gz : dir.resolve(base);
    }

    /** The first candidate folder that holds all four files, or an error naming every folder searched. */
    /**
     * The dataset folder; when no candidate holds the files, they are downloaded from the mirrors of
     * {@code datasets-config/<name>.yaml} into {@code ~/.massode/datasets/<name>}, each verified before use.
     */
    static Path locate(String name, Path dataDir) {
        Path home = Paths.get(System.getProperty("user.home"));
        try {
            return locate(name, dataDir, System.getenv("MASSODE_DATA"), home);
        } catch (IllegalArgumentException missing) {
            Path target = home.resolve(".massode").resolve("datasets").resolve(name);
            try {
                DatasetDownloader.fetch(DatasetConfig.load(name), target);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(missing.getMessage() + " Download failed: " + e.getMessage(), e);
            }
            return target;
        }
    }

    static Path locate(String name, Path dataDir, String env, Path home) {
        List<Path> candidates = new ArrayList<>();
        if (dataDir != null) {
            candidates.add(dataDir.resolve(name));
            candidates.add(dataDir);
        }
        if (env != null && !env.isBlank()) candidates.add(Paths.get(env).resolve(name));
        candidates.add(home.resolve(".massode").resolve("datasets").resolve(name));
        for (Path c : candidates) {
            boolean all = true;
            for (String f : FILES) all &= Files.exists(c.resolve(f + ".gz")) || Files.exists(c.resolve(f));
            if (all) return c;
        }
        throw new IllegalArgumentException("dataset '" + name + "' not found; searched " + candidates
                + " for " + String.join(", ", FILES) + " (raw or .gz). Pass --data-dir or set MASSODE_DATA.");
    }

    private static byte[] resource(String file) {
        String path = "/massode/mnist-sample/" + file;
        try (InputStream in = MnistDatasets.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("bundled sample missing from the classpath: " + path);
            return IdxFiles.readAll(in, path, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
