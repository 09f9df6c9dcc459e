package org.massode.rhomm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a {@link SweepConfig}: for every (N, topology) one objective network and one Glauber series (seeded from
 * the sweep seed, N and the topology, so adding a size does not change the others), then one fit per
 * normalization × bias × learning rate on the same windows.
 */
public final class SweepRunner {
    private final SweepConfig config;
    private final Consumer<String> log;

    public SweepRunner(SweepConfig config, Consumer<String> log) {
        this.config = config;
        this.log = log;
    }

    public SweepResult run() {
        long started = System.nanoTime();
        List<SweepRow> rows = new ArrayList<>();
        for (int n : config.nodes()) {
            for (Topology top : config.topologies()) {
                long seed = config.seed() * 1_000_003L + n * 31L + top.ordinal();
                double[][] truth = ObjectiveNetwork.builder().nodes(n).topology(top).meanDegree(config.degree())
                        .excitatoryFraction(config.excitatoryFraction()).gain(config.gain()).seed(seed).build()
                        .couplings();
                Signals s = new GlauberSimulator(new RhommModel(truth, new double[n], config.beta()))
                        .simulate(config.steps(), 100, seed, "N=" + n + " " + top.label());
                TrainingWindows w = TrainingWindows.of(List.of(s), 1, org.nd4j.linalg.api.buffer.DataType.FLOAT);
                for (RhommConfig.Normalization norm : config.normalizations()) {
                    for (boolean bias : config.bias()) {
                        for (double lr : config.learningRates()) {
                            RhommFit fit = new RhommTrainer(config.fitConfig(norm, bias, lr)).fit(w);
                            double[][] est = fit.model().couplings();
                            ConnectivityMetrics m = ConnectivityMetrics.compare(est, truth);
                            SweepRow row = new SweepRow(n, top, norm, bias, lr, fit.converged(), fit.epochs(),
                                    m.relativeError(), m.correlation(), m.signAccuracy(), fit.loss(), fit.seconds());
                            rows.add(row);
                            log.accept(row.csv());
                        }
                    }
                }
            }
        }
        return new SweepResult(rows, (System.nanoTime() - started) / 1e9);
    }
}
