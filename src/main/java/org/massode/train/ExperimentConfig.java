package org.massode.train;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.massode.io.ConfigValues;
import org.massode.layers.Parametrization;
import org.massode.layers.ReadoutLoss;
import org.massode.ode.GradientMode;
import org.massode.ode.Method;

/**
 * An experiment as written in {@code experiments/<name>.yaml}. Unknown keys and bad values are errors that name the
 * file and the key. Defaults reproduce the reference Wilson–Cowan schedule (T = 2.5, Euler dt = 0.1, Adam, batch 200).
 */
public record ExperimentConfig(String name, String dataset, String model, int nodes, int classes,
                               Parametrization parametrization, Method solver, double dt, double trainTime,
                               double evalTime, GradientMode gradient, int epochs, int batch, double lr,
                               List<Integer> hidden, long seed, int trainLimit, int testLimit, ReadoutLoss loss,
                               double sharpness, LrDecay lrDecay, HopfieldOptions hopfield, double denseInitStd,
                               int extraNodes, double weightDecay, Augmentation augmentation,
                               WeightAveraging averaging, double inputDropout) {

    private static final Set<String> KEYS = Set.of("name", "dataset", "model", "nodes", "classes", "parametrization",
            "solver", "dt", "trainTime", "evalTime", "gradient", "epochs", "batch", "lr", "hidden", "seed",
            "trainLimit", "testLimit", "loss", "sharpness", "lrDecay", "denseInitStd", "augmentShift", "extraNodes", "augmentFlip",
            "augmentErase", "weightDecay", "swaStart", "swaLr", "inputDropout",
            "inputMode", "symmetric", "tau", "activation", "readout", "weightGain", "hopfieldNodes");

    public static ExperimentConfig load(Path file) {
        return fromMap(ConfigValues.readMapping(file), file.toString());
    }

    public static ExperimentConfig fromMap(Map<String, Object> m, String source) {
        ConfigValues v = new ConfigValues(m, source, KEYS);
        String model = v.str("model", "wc");
        if (!model.equals("wc") && !model.equals("mlp") && !model.equals("hopfield")) {
            v.bad("model", model, "wc, mlp or hopfield");
        }
        String readout = v.str("readout", HopfieldOptions.DEFAULT.readout());
        if (!java.util.Set.of("softmax", "rates", "attractor").contains(readout)) {
            v.bad("readout", readout, "softmax, rates or attractor");
        }
        boolean symmetric = v.bool("symmetric", false);
        HopfieldOptions hop = new HopfieldOptions(
                v.enumValue("inputMode", org.massode.dynamics.InputMode.class, HopfieldOptions.DEFAULT.inputMode()),
                symmetric, v.posDouble("tau", HopfieldOptions.DEFAULT.tau()),
                v.enumValue("activation", org.massode.dynamics.HopfieldActivation.class,
                        HopfieldOptions.DEFAULT.activation()), readout,
                v.posDouble("weightGain", HopfieldOptions.DEFAULT.weightGain()), (int) v.num("hopfieldNodes", 0));
        if (hop.hopfieldNodes() < 0) v.bad("hopfieldNodes", hop.hopfieldNodes(), "0 (no front end) or a positive width");
        List<Integer> hidden = v.intList("hidden", List.of(512, 256));
        double shiftValue = v.num("augmentShift", 0);
        if (shiftValue < 0 || shiftValue > 8 || shiftValue != Math.rint(shiftValue)) {
            v.bad("augmentShift", m.get("augmentShift"), "an integer number of pixels in [0, 8]");
        }
        int augmentShift = (int) shiftValue;
        double extra = v.num("extraNodes", 0);
        if (extra < 0 || extra != Math.rint(extra) || (extra > 0 && !model.equals("wc"))) {
            v.bad("extraNodes", m.get("extraNodes"), "an integer >= 0 (only for model: wc)");
        }
        boolean flip = v.bool("augmentFlip", false);
        double erase = v.nonNegDouble("augmentErase", 0);
        if (erase > 1) v.bad("augmentErase", m.get("augmentErase"), "a probability in [0, 1]");
        int epochs = v.posInt("epochs", 10);
        double lr = v.posDouble("lr", 0.1);
        WeightAveraging averaging = averaging(v, m, epochs, lr);
        double inputDropout = v.nonNegDouble("inputDropout", 0);
        if (inputDropout >= 1 || (inputDropout > 0 && !model.equals("wc"))) {
            v.bad("inputDropout", m.get("inputDropout"), "a drop probability in [0, 1) (only for model: wc)");
        }
        return new ExperimentConfig(v.str("name", "experiment"), v.str("dataset", "mnist"), model,
                v.posInt("nodes", 784), v.posInt("classes", 10),
                v.enumValue("parametrization", Parametrization.class, Parametrization.SPECTRAL),
                v.enumValue("solver", Method.class, Method.EULER), v.posDouble("dt", 0.1),
                v.posDouble("trainTime", 2.5), v.posDouble("evalTime", 40),
                v.enumValue("gradient", GradientMode.class, GradientMode.BACKPROP), epochs,
                v.posInt("batch", 200), lr, hidden, (long) v.num("seed", 42),
                (int) v.num("trainLimit", 0), (int) v.num("testLimit", 0),
                v.enumValue("loss", ReadoutLoss.class, ReadoutLoss.MSE), v.posDouble("sharpness", 100),
                v.enumValue("lrDecay", LrDecay.class, LrDecay.NONE), hop, v.nonNegDouble("denseInitStd", 0),
                (int) extra, v.nonNegDouble("weightDecay", 0), new Augmentation(augmentShift, flip, erase), averaging,
                inputDropout);
    }

    public ExperimentConfig {
        if (averaging == null) averaging = WeightAveraging.NONE;
        if (averaging.start() > epochs) {
            throw new IllegalArgumentException("swaStart " + averaging.start() + " is after the last epoch ("
                    + epochs + "): no epoch would be averaged");
        }
    }

    /** {@code swaStart} and {@code swaLr} come together; the rate may not exceed lr. */
    private static WeightAveraging averaging(ConfigValues v, Map<String, Object> m, int epochs, double lr) {
        if (!m.containsKey("swaStart") && !m.containsKey("swaLr")) return WeightAveraging.NONE;
        if (!m.containsKey("swaStart")) v.bad("swaLr", m.get("swaLr"), "set together with swaStart");
        if (!m.containsKey("swaLr")) v.bad("swaStart", m.get("swaStart"), "set together with swaLr");
        double start = v.num("swaStart", 0);
        if (start < 2 || start != Math.rint(start) || start > epochs) {
            v.bad("swaStart", m.get("swaStart"), "an epoch in [2, epochs = " + epochs + "]");
        }
        double swaLr = v.posDouble("swaLr", 1);
        if (swaLr > lr) v.bad("swaLr", m.get("swaLr"), "a rate <= lr = " + lr);
        return new WeightAveraging((int) start, swaLr);
    }

    public ExperimentConfig withOverrides(Integer epochs, Long seed, String dataset) {
        return new ExperimentConfig(name, dataset != null ? dataset : this.dataset, model, nodes, classes,
                parametrization, solver, dt, trainTime, evalTime, gradient, epochs != null ? epochs : this.epochs,
                batch, lr, hidden, seed != null ? seed : this.seed, trainLimit, testLimit, loss, sharpness,
                lrDecay, hopfield, denseInitStd, extraNodes, weightDecay, augmentation, averaging, inputDropout);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("dataset", dataset);
        m.put("model", model);
        m.put("nodes", nodes);
        m.put("classes", classes);
        m.put("parametrization", parametrization.name().toLowerCase());
        m.put("solver", solver.name().toLowerCase());
        m.put("dt", dt);
        m.put("trainTime", trainTime);
        m.put("evalTime", evalTime);
        m.put("gradient", gradient.name().toLowerCase());
        m.put("epochs", epochs);
        m.put("batch", batch);
        m.put("lr", lr);
        m.put("hidden", hidden);
        m.put("seed", seed);
        m.put("trainLimit", trainLimit);
        m.put("testLimit", testLimit);
        m.put("loss", loss.name().toLowerCase());
        m.put("sharpness", sharpness);
        m.put("lrDecay", lrDecay.name().toLowerCase());
        if (model.equals("wc") && denseInitStd > 0) m.put("denseInitStd", denseInitStd);
        if (augmentation.shift() > 0) m.put("augmentShift", augmentation.shift());
        if (augmentation.flip()) m.put("augmentFlip", true);
        if (augmentation.erase() > 0) m.put("augmentErase", augmentation.erase());
        if (weightDecay > 0) m.put("weightDecay", weightDecay);
        if (extraNodes > 0) m.put("extraNodes", extraNodes);
        if (inputDropout > 0) m.put("inputDropout", inputDropout);
        if (averaging.enabled()) {
            m.put("swaStart", averaging.start());
            m.put("swaLr", averaging.lr());
        }
        if (model.equals("hopfield")) hopfield.putInto(m);
        return m;
    }
}
