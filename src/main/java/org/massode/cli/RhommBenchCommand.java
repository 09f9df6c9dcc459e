package org.massode.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.massode.rhomm.RhommConfig;
import org.massode.rhomm.RhommLoss;
import org.massode.rhomm.Signals;
import org.massode.rhomm.TrainingWindows;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rhomm bench}: seconds of one training epoch (loss + BPTT gradient over all windows) on N regions × T time
 * points of random ±1 states (the cost does not depend on the values), against one N × N sgemm-sized product alone.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Time RHoMM training epochs at a given size.")
public final class RhommBenchCommand implements Callable<Integer> {
    @Option(names = "--nodes", defaultValue = "200", description = "Regions N; default ${DEFAULT-VALUE}.")
    int nodes;
    @Option(names = "--steps", defaultValue = "100000", description = "Time points T; default ${DEFAULT-VALUE}.")
    int steps;
    @Option(names = "--epochs", defaultValue = "3", description = "Timed epochs (after one warm-up); default ${DEFAULT-VALUE}.")
    int epochs;
    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;
    @Mixin
    RhommTrainingOptions training;

    @Override
    public Integer call() {
        if (epochs < 1) throw new IllegalArgumentException("--epochs must be at least 1, got " + epochs);
        RhommConfig config = training.config();
        Random rnd = new Random(config.seed());
        double[] v = new double[steps * nodes];
        for (int k = 0; k < v.length; k++) v[k] = rnd.nextBoolean() ? 1 : -1;
        Nd4j.scalar(0.0); // load the native backend first, so its start-up is not counted as window building
        long t0 = System.nanoTime();
        TrainingWindows w = TrainingWindows.of(List.of(new Signals("random ±1", steps, nodes, v)), config.horizon(),
                config.dataType());
        double windowSeconds = (System.nanoTime() - t0) / 1e9;
        RhommLoss loss = new RhommLoss(w, config);
        INDArray j = Nd4j.randn(config.dataType(), nodes, nodes).muli(0.05);
        INDArray b = Nd4j.zeros(config.dataType(), 1, nodes);
        INDArray gj = Nd4j.zeros(config.dataType(), nodes, nodes);
        INDArray gb = Nd4j.zeros(config.dataType(), 1, nodes);
        loss.lossAndGradient(j, b, gj, gb); // warm-up: native kernels load on first use
        List<Double> times = new ArrayList<>();
        for (int e = 0; e < epochs; e++) {
            long s = System.nanoTime();
            loss.lossAndGradient(j, b, gj, gb);
            j.subi(gj.muli(config.learningRate()));
            times.add((System.nanoTime() - s) / 1e9);
        }
        double mean = times.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        // forward H products, backward H products for ∂J and H − 1 for ∂x: each 2·M·N² flops
        long m = w.windows();
        int h = config.horizon();
        double flops = (3.0 * h - 1) * 2.0 * m * nodes * (double) nodes;
        INDArray x = w.start();
        INDArray z = Nd4j.createUninitialized(config.dataType(), m, nodes);
        Nd4j.gemm(x, j, z, false, true, 1.0, 0.0);
        long gs = System.nanoTime();
        Nd4j.gemm(x, j, z, false, true, 1.0, 0.0);
        double gemmSeconds = (System.nanoTime() - gs) / 1e9;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("nodes", nodes);
        r.put("time_points", steps);
        r.put("horizon", h);
        r.put("data_type", config.dataType().toString());
        r.put("window_build_seconds", windowSeconds);
        r.put("epoch_seconds", times);
        r.put("mean_epoch_seconds", mean);
        r.put("epoch_gemm_gflops", flops / 1e9);
        r.put("epoch_gflop_per_s", flops / 1e9 / mean);
        r.put("single_gemm_seconds", gemmSeconds);
        r.put("single_gemm_gflop_per_s", 2.0 * m * nodes * (double) nodes / 1e9 / gemmSeconds);
        r.put("threads", Runtime.getRuntime().availableProcessors());
        if (json) {
            Json.print(r);
        } else {
            System.out.printf("N = %d, T = %d: %.3f s per epoch (%.1f GFLOP/s in the products; one [T, N]·[N, N] "
                    + "product alone %.1f GFLOP/s)%n", nodes, steps, mean, flops / 1e9 / mean,
                    2.0 * m * nodes * (double) nodes / 1e9 / gemmSeconds);
        }
        return 0;
    }
}
