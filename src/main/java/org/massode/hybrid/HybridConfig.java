package org.massode.hybrid;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.massode.io.ConfigValues;
import org.massode.train.LrDecay;

/**
 * A hybrid experiment ({@code experiments/<name>.yaml} run by {@code train-hybrid}): a front end (TF-IDF features or a
 * CNN) followed by a Wilson–Cowan layer or a conventional head. Kept apart from {@code ExperimentConfig} so the plain
 * WC/MLP path stays untouched. Unknown keys and bad values are errors naming the file and the key.
 *
 * <p>Models: text ({@code dataset: imdb}) — {@code logreg} (one softmax layer on the TF-IDF), {@code mlp},
 * {@code wc} (dense projection to {@code nodes} with a sigmoid, then Wilson–Cowan with 2 planted attractors);
 * images ({@code mnist}, {@code fashion-mnist}, {@code mnist-sample}, {@code cifar10}) — {@code cnn} (softmax head) and
 * {@code cnn-wc}. The WC layer always uses the dense parametrization, Euler and the cross-entropy readout: the settings
 * under which it was found to learn (see experiments/results/README.md).
 */
public record HybridConfig(String name, String dataset, String model, int nodes, List<Integer> hidden,
                           int convChannels, List<Integer> dense, int maxFeatures, int minDf, boolean bigrams,
                           double dt, double trainTime, double evalTime, double sharpness, int epochs, int batch,
                           double lr, double l2, boolean augment, long seed, int trainLimit, int testLimit,
                           LrDecay lrDecay, boolean flip, double dropout) {

    public static final Set<String> TEXT_MODELS = Set.of("logreg", "mlp", "wc");
    public static final Set<String> IMAGE_MODELS = Set.of("cnn", "cnn-wc");
    public static final Set<String> DATASETS = Set.of("imdb", "mnist", "fashion-mnist", "mnist-sample", "cifar10");
    private static final Set<String> KEYS = Set.of("name", "dataset", "model", "nodes", "hidden", "convChannels",
            "dense", "maxFeatures", "minDf", "bigrams", "dt", "trainTime", "evalTime", "sharpness", "epochs", "batch",
            "lr", "l2", "augment", "seed", "trainLimit", "testLimit", "lrDecay", "flip", "dropout");

    public boolean text() {
        return dataset.equals("imdb");
    }

    public boolean wilsonCowan() {
        return model.equals("wc") || model.equals("cnn-wc");
    }

    public int classes() {
        return text() ? 2 : 10;
    }

    public static HybridConfig load(Path file) {
        return fromMap(ConfigValues.readMapping(file), file.toString());
    }

    public static HybridConfig fromMap(Map<String, Object> m, String src) {
        ConfigValues v = new ConfigValues(m, src, KEYS);
        String dataset = v.str("dataset", "imdb");
        if (!DATASETS.contains(dataset)) v.bad("dataset", dataset, "one of " + new TreeSet<>(DATASETS));
        boolean text = dataset.equals("imdb");
        String model = v.str("model", text ? "wc" : "cnn-wc");
        Set<String> allowed = text ? TEXT_MODELS : IMAGE_MODELS;
        if (!allowed.contains(model)) v.bad("model", model, "one of " + new TreeSet<>(allowed) + " for " + dataset);
        boolean flip = v.bool("flip", false);
        if (flip && text) v.bad("flip", true, "false for text (imdb); mirroring applies to images");
        return new HybridConfig(v.str("name", "hybrid"), dataset, model, v.posInt("nodes", text ? 128 : 784),
                v.nonEmptyIntList("hidden", List.of(256)), v.posInt("convChannels", 32),
                v.nonEmptyIntList("dense", List.of(2048, 1024)), v.posInt("maxFeatures", 30_000),
                v.posInt("minDf", 2), v.bool("bigrams", true), v.posDouble("dt", 0.25),
                v.posDouble("trainTime", 2.5), v.posDouble("evalTime", 2.5), v.posDouble("sharpness", 100),
                v.posInt("epochs", 3), v.posInt("batch", 100), v.posDouble("lr", 0.001),
                v.nonNegDouble("l2", 0), v.bool("augment", false), (long) v.num("seed", 42),
                (int) v.nonNegDouble("trainLimit", 0), (int) v.nonNegDouble("testLimit", 0),
                v.enumValue("lrDecay", LrDecay.class, LrDecay.NONE, "none or linear"), flip, dropout(v, m, text));
    }

    public HybridConfig withOverrides(Integer epochs, Long seed, Integer trainLimit, Integer testLimit) {
        return new HybridConfig(name, dataset, model, nodes, hidden, convChannels, dense, maxFeatures, minDf, bigrams,
                dt, trainTime, evalTime, sharpness, epochs != null ? epochs : this.epochs, batch, lr, l2, augment,
                seed != null ? seed : this.seed, trainLimit != null ? trainLimit : this.trainLimit,
                testLimit != null ? testLimit : this.testLimit, lrDecay, flip, dropout);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("dataset", dataset);
        m.put("model", model);
        if (wilsonCowan()) {
            m.put("nodes", nodes);
            m.put("dt", dt);
            m.put("trainTime", trainTime);
            m.put("evalTime", evalTime);
            m.put("sharpness", sharpness);
        }
        if (text()) {
            if (model.equals("mlp")) m.put("hidden", hidden);
            m.put("maxFeatures", maxFeatures);
            m.put("minDf", minDf);
            m.put("bigrams", bigrams);
        } else {
            m.put("convChannels", convChannels);
            m.put("dense", dense);
            m.put("augment", augment);
            if (flip) m.put("flip", true);
            if (dropout > 0) m.put("dropout", dropout);
        }
        m.put("epochs", epochs);
        m.put("batch", batch);
        m.put("lr", lr);
        m.put("l2", l2);
        if (lrDecay != LrDecay.NONE) m.put("lrDecay", lrDecay.name().toLowerCase());
        m.put("seed", seed);
        m.put("trainLimit", trainLimit);
        m.put("testLimit", testLimit);
        return m;
    }

    /** Drop probability (PyTorch's convention, not DL4J's retain probability) on the hidden dense layers' inputs. */
    private static double dropout(ConfigValues v, Map<String, Object> m, boolean text) {
        double p = v.nonNegDouble("dropout", 0);
        if (p >= 1) v.bad("dropout", m.get("dropout"), "a drop probability in [0, 1)");
        if (p > 0 && text) v.bad("dropout", p, "0 for text (imdb); dropout applies to the image front end");
        return p;
    }
}
