package org.massode.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.massode.dynamics.DenseTanhField;
import org.massode.ode.GradientMode;
import org.massode.ode.Method;
import org.massode.ode.NeuralOde;
import org.massode.ode.SolverConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Where an Euler BACKPROP step of {@code bench ode} spends its time: milliseconds per step of the solver's forward
 * and backward passes, against the field's own rhs and vjp (i) on one reused set of buffers, which stay in cache,
 * and (ii) on one buffer set per step, the memory pattern of the tape. The gap (i)→(ii) is memory traffic, the gap
 * (ii)→solver is the engine's own work.
 */
final class OdeStepBreakdown {
    private OdeStepBreakdown() {
    }

    static Map<String, Object> measure(DenseTanhField f, INDArray p, INDArray y0, int steps, int repeats) {
        int b = (int) y0.rows();
        int n = f.stateSize();
        INDArray pg = Nd4j.zeros(DataType.FLOAT, 1, p.length());
        NeuralOde ode = new NeuralOde(f, SolverConfig.fixed(Method.EULER, steps), GradientMode.BACKPROP);
        INDArray[] yT = new INDArray[1];
        double[] solver = best(repeats + 1, () -> yT[0] = ode.forward(y0, 0, 1), () -> ode.backward(yT[0], pg));
        INDArray ys = Nd4j.rand(DataType.FLOAT, (long) steps * b, n);
        INDArray hs = ys.ulike();
        INDArray dydt = y0.ulike();
        INDArray a = Nd4j.rand(DataType.FLOAT, b, n);
        INDArray ybar = y0.ulike();
        double[] hot = best(repeats + 1, () -> {
            for (int i = 0; i < steps; i++) f.rhs(0, y0, dydt, ybar);
        }, () -> {
            for (int i = 0; i < steps; i++) f.vjpCached(0, y0, ybar, a, dydt, pg);
        });
        double[] tape = best(repeats + 1, () -> {
            for (int i = 0; i < steps; i++) f.rhs(0, rows(ys, i, b), dydt, rows(hs, i, b));
        }, () -> {
            for (int i = steps - 1; i >= 0; i--) f.vjpCached(0, rows(ys, i, b), rows(hs, i, b), a, ybar, pg);
        });
        // the fused Euler entry points on hot buffers, against their gemms alone: what the row passes add
        INDArray yNext = y0.ulike();
        INDArray w = Nd4j.rand(DataType.FLOAT, n, n);
        INDArray wGrad = Nd4j.zeros(DataType.FLOAT, n, n);
        double[] fused = best(repeats + 1, () -> {
            for (int i = 0; i < steps; i++) f.eulerStep(0, y0, 0.04, yNext, ybar, dydt);
        }, () -> {
            for (int i = 0; i < steps; i++) f.vjpAccumulate(0, y0, ybar, a, 0.04, a, pg);
        });
        double[] gemms = best(repeats + 1, () -> {
            for (int i = 0; i < steps; i++) Nd4j.gemm(y0, w, yNext, false, true, 1.0, 0.0);
        }, () -> {
            for (int i = 0; i < steps; i++) {
                Nd4j.gemm(yNext, w, a, false, false, 1.0, 1.0);
                Nd4j.gemm(yNext, y0, wGrad, true, false, 1.0, 1.0);
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("solver_forward_ms_per_step", BenchSupport.round(solver[0] / steps));
        out.put("solver_backward_ms_per_step", BenchSupport.round(solver[1] / steps));
        out.put("field_rhs_ms_reused_buffers", BenchSupport.round(hot[0] / steps));
        out.put("field_vjp_ms_reused_buffers", BenchSupport.round(hot[1] / steps));
        out.put("field_rhs_ms_buffer_per_step", BenchSupport.round(tape[0] / steps));
        out.put("field_vjp_ms_buffer_per_step", BenchSupport.round(tape[1] / steps));
        out.put("field_euler_step_ms_reused_buffers", BenchSupport.round(fused[0] / steps));
        out.put("its_gemm_alone_ms", BenchSupport.round(gemms[0] / steps));
        out.put("field_vjp_accumulate_ms_reused_buffers", BenchSupport.round(fused[1] / steps));
        out.put("its_two_gemms_alone_ms", BenchSupport.round(gemms[1] / steps));
        return out;
    }

    private static INDArray rows(INDArray a, int i, int b) {
        return a.get(NDArrayIndex.interval((long) i * b, (long) (i + 1) * b), NDArrayIndex.all());
    }

    /** Best milliseconds of each of two runnables over {@code runs} runs, the first run discarded (warm-up). */
    private static double[] best(int runs, Runnable first, Runnable second) {
        double[][] t = BenchSupport.alternate(runs, first, second);
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int r = 1; r < runs; r++) {
            best[0] = Math.min(best[0], t[0][r] * 1e3);
            best[1] = Math.min(best[1], t[1][r] * 1e3);
        }
        return best;
    }
}
