package org.massode.hybrid;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.massode.train.LrDecay;
import org.yaml.snakeyaml.Yaml;

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
        try (Reader r = Files.newBufferedReader(file)) {
            Object o = new Yaml().load(r);
            if (!(o instanceof Map<?, ?> m)) throw new IllegalArgumentException(file + ": expected a YAML mapping of keys");
            @SuppressWarnings("unchecked") Map<String, Object> mm = (Map<String, Object>) m;
            return fromMap(mm, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config " + file + ": " + e.getMessage(), e);
        }
    }

    public static HybridConfig fromMap(Map<String, Object> m, String src) {
        for (String k : m.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException(src + ": unknown config key '" + k + "'; known keys: " + new TreeSet<>(KEYS));
            }
        }
        String dataset = str(m, "dataset", "imdb");
        if (!DATASETS.contains(dataset)) bad(src, "dataset", dataset, "one of " + new TreeSet<>(DATASETS));
        boolean text = dataset.equals("imdb");
        String model = str(m, "model", text ? "wc" : "cnn-wc");
        Set<String> allowed = text ? TEXT_MODELS : IMAGE_MODELS;
        if (!allowed.contains(model)) bad(src, "model", model, "one of " + new TreeSet<>(allowed) + " for " + dataset);
        boolean flip = bool(m, src, "flip", false);
        if (flip && text) bad(src, "flip", true, "false for text (imdb); mirroring applies to images");
        return new HybridConfig(str(m, "name", "hybrid"), dataset, model, posInt(m, src, "nodes", text ? 128 : 784),
                intList(m, src, "hidden", List.of(256)), posInt(m, src, "convChannels", 32),
                intList(m, src, "dense", List.of(2048, 1024)), posInt(m, src, "maxFeatures", 30_000),
                posInt(m, src, "minDf", 2), bool(m, src, "bigrams", true), posNum(m, src, "dt", 0.25),
                posNum(m, src, "trainTime", 2.5), posNum(m, src, "evalTime", 2.5), posNum(m, src, "sharpness", 100),
                posInt(m, src, "epochs", 3), posInt(m, src, "batch", 100), posNum(m, src, "lr", 0.001),
                nonNeg(m, src, "l2", 0), bool(m, src, "augment", false), (long) num(m, src, "seed", 42),
                (int) nonNeg(m, src, "trainLimit", 0), (int) nonNeg(m, src, "testLimit", 0), lrDecay(m, src), flip, dropout(m, src, text));
    }

    private static LrDecay lrDecay(Map<String, Object> m, String src) {
        Object o = m.get("lrDecay");
        if (o == null) return LrDecay.NONE;
        for (LrDecay d : LrDecay.values()) {
            if (d.name().equalsIgnoreCase(o.toString())) return d;
        }
        bad(src, "lrDecay", o, "none or linear");
        return LrDecay.NONE;
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
    private static double dropout(Map<String, Object> m, String src, boolean text) {
        double p = nonNeg(m, src, "dropout", 0);
        if (p >= 1) bad(src, "dropout", m.get("dropout"), "a drop probability in [0, 1)");
        if (p > 0 && text) bad(src, "dropout", p, "0 for text (imdb); dropout applies to the image front end");
        return p;
    }

    private static void bad(String src, String key, Object value, String expected) {
        throw new IllegalArgumentException(src + ": key '" + key + "' has value '" + value + "', expected " + expected);
    }

    private static String str(Map<String, Object> m, String key, String def) {
        Object o = m.get(key);
        return o == null ? def : o.toString();
    }

    private static double num(Map<String, Object> m, String src, String key, double def) {
        Object o = m.get(key);
        if (o == null) return def;
        if (o instanceof Number n) return n.doubleValue();
        try {
            return Double.parseDouble(o.toString());
        } catch (NumberFormatException e) {
            bad(src, key, o, "a number");
            return def;
        }
    }

    private static double posNum(Map<String, Object> m, String src, String key, double def) {
        double d = num(m, src, key, def);
        if (!(d > 0) || !Double.isFinite(d)) bad(src, key, m.get(key), "a positive number");
        return d;
    }

    private static double nonNeg(Map<String, Object> m, String src, String key, double def) {
        double d = num(m, src, key, def);
        if (!(d >= 0) || !Double.isFinite(d)) bad(src, key, m.get(key), "a number >= 0");
        return d;
    }

    private static int posInt(Map<String, Object> m, String src, String key, int def) {
        double d = num(m, src, key, def);
        if (d <= 0 || d != Math.rint(d) || d > Integer.MAX_VALUE) bad(src, key, m.get(key), "a positive integer");
        return (int) d;
    }

    private static boolean bool(Map<String, Object> m, String src, String key, boolean def) {
        Object o = m.get(key);
        if (o == null) return def;
        if (o instanceof Boolean b) return b;
        bad(src, key, o, "true or false");
        return def;
    }

    private static List<Integer> intList(Map<String, Object> m, String src, String key, List<Integer> def) {
        Object o = m.get(key);
        if (o == null) return def;
        if (!(o instanceof List<?> l) || l.isEmpty()) {
            bad(src, key, o, "a non-empty list of positive integers");
            return def;
        }
        List<Integer> out = new ArrayList<>();
        for (Object e : l) {
            if (!(e instanceof Integer i) || i <= 0) bad(src, key, o, "a non-empty list of positive integers");
            out.add((Integer) e);
        }
        return List.copyOf(out);
    }
}
