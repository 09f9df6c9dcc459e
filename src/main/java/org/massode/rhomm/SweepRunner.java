package org.massode.rhomm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a {@link SweepConfig}: for every (N, topology) one objective network and one Glauber series (seeded from
 * the sweep seed, N and the topology, so adding a size does not change the others), then one fit per
 * normalization × bias × learning rate on the same windows.
 */
public final class SweepRunner {
    private final SweepConfig config;
    private final Consumer<String> log;
    private final int threads;

    public SweepRunner(SweepConfig config, Consumer<String> log) {
        this(config, log, 1);
    }

    /**
     * @param threads fits run this many at a time (each fit is small, so independent fits use the cores better than
     *                ND4J's threads inside one fit); rows keep the grid's order, and every fit is seeded from the
     *                grid alone, so the result does not depend on the thread count
     */
    public SweepRunner(SweepConfig config, Consumer<String> log, int threads) {
        if (threads < 1) throw new IllegalArgumentException("sweep threads must be >= 1, got " + threads);
        this.config = config;
        this.log = log;
        this.threads = threads;
    }

    public SweepResult run() {
        long started = System.nanoTime();
        List<Callable<SweepRow>> tasks = new ArrayList<>();
        for (int n : config.nodes()) {
            for (Topology top : config.topologies()) {
                tasks.addAll(fitsOf(n, top));
            }
        }
        List<SweepRow> rows = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<SweepRow> f : pool.invokeAll(tasks)) rows.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sweep fit failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new SweepResult(rows, (System.nanoTime() - started) / 1e9);
    }

    /**
     * One objective network and one Glauber series for (N, topology), built lazily by the first of its fits to
     * run and shared by the rest; one fit per normalization × bias × learning rate.
     */
    private List<Callable<SweepRow>> fitsOf(int n, Topology top) {
        long seed = config.seed() * 1_000_003L + n * 31L + top.ordinal();
        Data data = new Data(n, top, seed);
        List<Callable<SweepRow>> out = new ArrayList<>();
        for (RhommConfig.Normalization norm : config.normalizations()) {
            for (boolean bias : config.bias()) {
                for (double lr : config.learningRates()) {
                    out.add(() -> {
                        RhommFit fit = new RhommTrainer(config.fitConfig(norm, bias, lr)).fit(data.windows());
                        ConnectivityMetrics m = ConnectivityMetrics.compare(fit.model().couplings(), data.truth());
                        SweepRow row = new SweepRow(n, top, norm, bias, lr, fit.converged(), fit.epochs(),
                                m.relativeError(), m.correlation(), m.signAccuracy(), fit.loss(), fit.seconds());
                        synchronized (log) {
                            log.accept(row.csv());
                        }
                        return row;
                    });
                }
            }
        }
        return out;
    }

    /** The ground truth and simulated windows of one (N, topology), computed once. */
    private final class Data {
        private final int n;
        private final Topology top;
        private final long seed;
        private double[][] truth;
        private TrainingWindows windows;

        Data(int n, Topology top, long seed) {
            this.n = n;
            this.top = top;
            this.seed = seed;
        }

        synchronized double[][] truth() {
            build();
            return truth;
        }

        synchronized TrainingWindows windows() {
            build();
            return windows;
        }

        private void build() {
            if (truth != null) return;
            truth = ObjectiveNetwork.builder().nodes(n).topology(top).meanDegree(config.degree())
                    .excitatoryFraction(config.excitatoryFraction()).gain(config.gain()).seed(seed).build()
                    .couplings();
            Signals s = new GlauberSimulator(new RhommModel(truth, new double[n], config.beta()))
                    .simulate(config.steps(), 100, seed, "N=" + n + " " + top.label());
            windows = TrainingWindows.of(List.of(s), 1, org.nd4j.linalg.api.buffer.DataType.FLOAT);
        }
    }
}
