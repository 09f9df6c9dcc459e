package org.massode.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.massode.layers.AttractorReadout;
import org.massode.layers.Parametrization;
import org.massode.layers.WilsonCowanLayer;
import org.massode.ode.GradientMode;
import org.massode.ode.Method;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench wc-step}: one training iteration (forward + backward, incl. A = Φ·diag(λ)·Φ⁻¹ and its gradient) of
 * the Wilson–Cowan layer, reported per ODE step; 3 N×N gemms per step is the floor the ratio is measured against.
 */
@Command(name = "wc-step", mixinStandardHelpOptions = true, description = "Benchmark one Wilson-Cowan training step.")
public final class BenchWcCommand implements Callable<Integer> {
    @Option(names = "--batch", defaultValue = "200")
    int batch;
    @Option(names = "--nodes", defaultValue = "784")
    int nodes;
    @Option(names = "--steps", defaultValue = "25")
    int steps;
    @Option(names = "--solver", defaultValue = "euler")
    String solver;
    @Option(names = "--gradient", defaultValue = "backprop")
    String gradient;
    @Option(names = "--parametrization", defaultValue = "spectral")
    String parametrization;
    @Option(names = "--repeats", defaultValue = "10", description = "Timed iterations (best and median reported).")
    int repeats;
    @Option(names = "--warmup", defaultValue = "5", description = "Seconds of untimed iterations first (C2 keeps "
            + "compiling the row kernels for several seconds; a 1 s warm-up read 20-40 % slow).")
    double warmup;
    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
        Method m = Method.parse(solver);
        GradientMode g = GradientMode.valueOf(gradient.toUpperCase());
        Parametrization p = Parametrization.valueOf(parametrization.toUpperCase());
        double sgemmBefore = BenchSupport.sgemmGflops(batch, nodes);
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
                .dataType(DataType.FLOAT).updater(new Adam(1e-3)).list()
                .layer(new WilsonCowanLayer.Builder().nodes(nodes).classes(10).parametrization(p).solver(m)
                        .dt(0.1).trainTime(0.1 * steps).gradientMode(g).build())
                .layer(new AttractorReadout.Builder().nodes(nodes).classes(10).build()).build());
        net.init();
        INDArray x = Nd4j.rand(DataType.FLOAT, batch, nodes);
        INDArray y = Nd4j.zeros(DataType.FLOAT, batch, 10);
        for (int i = 0; i < batch; i++) y.putScalar(i, i % 10, 1);
        Runnable iteration = () -> net.fit(x, y);
        BenchSupport.times(iteration, 1, warmup);
        int stages = m.tableau().stages();
        int gemms = 3 * stages * steps;
        // each timed iteration is followed by as many reference gemms as it counts: the host's sgemm drifts by
        // 25-50 % within a minute (see bench ode), and the pairs see the same machine state
        BenchSupport.Paired timed = BenchSupport.interleaved(iteration, repeats, gemms, batch, nodes);
        double[] times = timed.seconds();
        double sgemm = Math.max(sgemmBefore, timed.sgemmGflops());
        double secs = times[0];
        double perStep = secs / steps;
        double gflops = gemms * 2.0 * batch * nodes * nodes / secs / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("batch", batch);
        out.put("nodes", nodes);
        out.put("steps", steps);
        out.put("solver", m.name().toLowerCase());
        out.put("gradient", g.name().toLowerCase());
        out.put("parametrization", p.name().toLowerCase());
        out.put("seconds_per_iteration", BenchSupport.round(secs));
        out.put("median_seconds_per_iteration", BenchSupport.round(times[times.length / 2]));
        out.put("seconds_per_step", BenchSupport.round(perStep * 1000) / 1000.0);
        out.put("gflops", BenchSupport.round(gflops));
        out.put("sgemm_gflops", BenchSupport.round(sgemm));
        out.put("sgemm_gflops_interleaved", BenchSupport.round(timed.sgemmGflops()));
        out.put("ratio", BenchSupport.round(gflops / sgemm));
        out.put("ratio_interleaved", BenchSupport.round(gflops / timed.sgemmGflops()));
        out.put("ratio_paired_median", BenchSupport.round(timed.medianPairRatio()));
        out.put("median_ratio", BenchSupport.round(gflops / sgemm * secs / times[times.length / 2]));
        if (json) Json.print(out);
        else System.out.println(Json.write(out));
        return 0;
    }
}
