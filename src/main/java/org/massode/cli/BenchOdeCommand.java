package org.massode.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.dynamics.DenseTanhField;
import org.massode.ode.GradientMode;
import org.massode.ode.Method;
import org.massode.ode.NeuralOde;
import org.massode.ode.SolverConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench ode}: forward+backward of dy/dt = tanh(W·y + b) (dense N×N W) for each solver and gradient mode,
 * with the achieved GFLOP/s of its N×N matrix products against ND4J's sgemm measured in the same run.
 */
@Command(name = "ode", mixinStandardHelpOptions = true, description = "Benchmark the ODE engine's gradient modes.")
public final class BenchOdeCommand implements Callable<Integer> {
    @Option(names = "--batch", defaultValue = "200")
    int batch;
    @Option(names = "--nodes", defaultValue = "784")
    int nodes;
    @Option(names = "--steps", defaultValue = "25")
    int steps;
    @Option(names = "--repeats", defaultValue = "3")
    int repeats;
    @Option(names = "--seed", defaultValue = "1")
    long seed;
    @Option(names = "--json")
    boolean json;
    @Option(names = "--breakdown", description = "Also time an Euler BACKPROP step's parts (see OdeStepBreakdown).")
    boolean breakdown;

    @Override
    public Integer call() {
        Nd4j.getRandom().setSeed(seed);
        double sgemm = BenchSupport.sgemmGflops(batch, nodes);
        INDArray p = Nd4j.randn(DataType.FLOAT, 1, DenseTanhField.layout(nodes).size()).muli(1.0 / Math.sqrt(nodes));
        DenseTanhField f = new DenseTanhField(nodes, p);
        INDArray y0 = Nd4j.rand(DataType.FLOAT, batch, nodes);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("batch", batch);
        out.put("nodes", nodes);
        out.put("steps", steps);
        Map<String, Object> runs = new LinkedHashMap<>();
        List<Run> all = new ArrayList<>();
        for (Method m : new Method[]{Method.EULER, Method.RK4}) {
            for (GradientMode g : GradientMode.values()) {
                NeuralOde ode = new NeuralOde(f, SolverConfig.fixed(m, steps), g);
                INDArray pg = Nd4j.zeros(DataType.FLOAT, 1, p.length());
                // a training loop's buffers: y(T) and dL/dy0 land in arrays kept between iterations (an ND4J
                // allocation of [200, 784] floats costs about 2.5 ms here), and dL/dy(T) = y(T)
                INDArray yT = y0.ulike();
                INDArray s0bar = y0.ulike();
                all.add(new Run(m, g, ode, () -> {
                    ode.forward(y0, 0, 1, yT);
                    ode.backward(yT, pg, s0bar);
                }));
            }
        }
        // every configuration runs before any is timed: the JIT compiles the code all of them share while the first
        // one is measured otherwise (Euler BACKPROP, first in line, read 10-15 % slower than in a second pass)
        for (Run run : all) BenchSupport.time(run.once(), 1);
        double bestSgemm = sgemm;
        for (Run run : all) {
            // backprop: 1 forward + 2 backward gemms per stage; checkpoint and adjoint add one recomputation
            long gemms = (long) run.method().tableau().stages() * steps
                    * (run.gradient() == GradientMode.BACKPROP ? 3 : 4);
            BenchSupport.Paired timed = BenchSupport.interleaved(run.once(), repeats, (int) gemms, batch, nodes);
            double secs = timed.seconds()[0];
            double gflops = gemms * 2.0 * batch * nodes * nodes / secs / 1e9;
            bestSgemm = Math.max(bestSgemm, timed.sgemmGflops());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("seconds", BenchSupport.round(secs));
            r.put("median_seconds", BenchSupport.round(timed.seconds()[repeats / 2]));
            r.put("gemms", gemms);
            r.put("gflops", BenchSupport.round(gflops));
            r.put("sgemm_gflops_interleaved", BenchSupport.round(timed.sgemmGflops()));
            r.put("ratio_interleaved", BenchSupport.round(gflops / timed.sgemmGflops()));
            r.put("ratio_paired_median", BenchSupport.round(timed.medianPairRatio()));
            r.put("peak_gradient_bytes", run.ode().stats().peakGradientBytes());
            runs.put(run.method().name().toLowerCase() + "_" + run.gradient().name().toLowerCase(), r);
        }
        // "ratio": against the best sgemm of the whole process (before, after, and every interleaved block), the
        // conservative reading; "ratio_interleaved": against the sgemm timed between the same configuration's runs
        double sgemmAfter = BenchSupport.sgemmGflops(batch, nodes);
        double best = Math.max(bestSgemm, sgemmAfter);
        out.put("sgemm_gflops", BenchSupport.round(best));
        out.put("sgemm_gflops_before", BenchSupport.round(sgemm));
        out.put("sgemm_gflops_after", BenchSupport.round(sgemmAfter));
        for (Object o : runs.values()) {
            @SuppressWarnings("unchecked") Map<String, Object> r = (Map<String, Object>) o;
            r.put("ratio", BenchSupport.round((Double) r.get("gflops") / best));
        }
        out.put("runs", runs);
        if (breakdown) out.put("euler_backprop_breakdown", OdeStepBreakdown.measure(f, p, y0, steps, repeats));
        if (json) Json.print(out);
        else System.out.println(Json.write(out));
        return 0;
    }

    /** One configuration of the benchmark and its forward+backward solve. */
    private record Run(Method method, GradientMode gradient, NeuralOde ode, Runnable once) {
    }
}
