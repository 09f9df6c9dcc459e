package org.massode.rhomm;

import java.util.ArrayList;
import java.util.List;

/**
 * Data to effective connectivity in one call: binarize each series (or take it as is when it is already ±1), keep
 * the last {@code holdout} fraction of every series for testing, fit on the rest, and measure what can be measured:
 * held-out one-step accuracy, FC reproduction (correlation of the upper triangles of the binarized data's FC and
 * the FC of a Glauber simulation of the fitted model as long as the data), and — with a truth — the
 * {@link ConnectivityMetrics}.
 */
public final class RhommPipeline {
    private final Threshold threshold;
    private final RhommConfig config;
    private final double holdout;

    /** {@code threshold} null means the series are used as they are and must already be ±1. */
    public RhommPipeline(Threshold threshold, RhommConfig config, double holdout) {
        if (!(holdout >= 0 && holdout <= 0.5)) {
            throw new IllegalArgumentException("holdout fraction must lie in [0, 0.5], got " + holdout);
        }
        this.threshold = threshold;
        this.config = config;
        this.holdout = holdout;
    }

    /** What one fit produced; metrics that need a truth (or a holdout) are null without one. */
    public record Outcome(RhommFit fit, List<Signals> binary, Double predictionAccuracy, double fcCorrelation,
                          ConnectivityMetrics ec) {
    }

    public Outcome run(List<Signals> raw, double[][] truth) {
        List<Signals> binary = new ArrayList<>();
        for (Signals s : raw) binary.add(binarize(s));
        if (truth != null) {
            ConnectivityMetrics.checkSizes(new double[binary.get(0).regions()][0], truth);
        }
        List<Signals> train = new ArrayList<>();
        List<Signals> test = new ArrayList<>();
        for (Signals s : binary) {
            int cut = s.timePoints() - (int) Math.round(holdout * s.timePoints());
            if (holdout > 0 && (cut < 2 || s.timePoints() - cut < 2)) {
                throw new SignalFormatException(s.source(), "too short (" + s.timePoints()
                        + " time points) to hold out " + holdout + " of it for testing");
            }
            train.add(holdout > 0 ? s.rows(0, cut, "[train]") : s);
            if (holdout > 0) test.add(s.rows(cut, s.timePoints(), "[held out]"));
        }
        RhommFit fit = new RhommTrainer(config).fit(TrainingWindows.of(train, config.horizon(), config.dataType()));
        Double accuracy = null;
        if (!test.isEmpty()) {
            double hits = 0;
            double count = 0;
            for (Signals s : test) {
                double w = s.timePoints() - 1;
                hits += fit.model().predictionAccuracy(s) * w;
                count += w;
            }
            accuracy = hits / count;
        }
        double fc = fcCorrelation(fit.model(), binary);
        ConnectivityMetrics ec = truth == null ? null : ConnectivityMetrics.compare(fit.model().couplings(), truth);
        return new Outcome(fit, binary, accuracy, fc, ec);
    }

    /** FC of all binarized series (concatenated) against the FC of an equally long simulation of the model. */
    static double fcCorrelation(RhommModel model, List<Signals> binary) {
        int total = 0;
        for (Signals s : binary) total += s.timePoints();
        int n = model.regions();
        double[] all = new double[total * n];
        int at = 0;
        for (Signals s : binary) {
            System.arraycopy(s.values(), 0, all, at, s.values().length);
            at += s.values().length;
        }
        double[][] data = Correlations.functionalConnectivity(new Signals("data", total, n, all));
        Signals sim = new GlauberSimulator(model).simulate(total, 100, 12345, "fitted model");
        return Correlations.fcSimilarity(data, Correlations.functionalConnectivity(sim));
    }

    private Signals binarize(Signals s) {
        if (threshold != null) return new Binarizer(threshold).apply(s);
        for (double v : s.values()) {
            if (v != 1 && v != -1) {
                throw new SignalFormatException(s.source(), "binarization 'none' needs ±1 values but found " + v);
            }
        }
        return s;
    }
}
