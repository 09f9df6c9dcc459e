package org.massode.ode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.LongFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.massode.dynamics.DenseTanhField;
import org.massode.dynamics.FiringRateSystem;
import org.massode.dynamics.HopfieldActivation;
import org.massode.dynamics.HopfieldSystem;
import org.massode.dynamics.IdpHopfieldSystem;
import org.massode.dynamics.InputMode;
import org.massode.dynamics.OverlapMode;
import org.massode.dynamics.RowStack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every Hopfield-family system (and the benchmark's dense tanh field) × every gradient mode against double-precision central finite differences of the
 * discrete solve: BACKPROP and CHECKPOINT are exact gradients of the solver (tolerance 1e-5); ADJOINT is the
 * continuous adjoint, checked on a fine RK4 grid where the discretization error is below the tolerance 1e-4.
 */
class HopfieldFamilyGradientTest {
    static final int N = 4;

    static GradCheck hopfield(long seed, HopfieldActivation act, InputMode mode, boolean symmetric) {
        Nd4j.getRandom().setSeed(seed);
        INDArray p = Nd4j.randn(DataType.DOUBLE, 1, HopfieldSystem.layout(N).size()).muli(0.8);
        INDArray x = Nd4j.randn(DataType.DOUBLE, 2, N);
        INDArray y0 = mode == InputMode.DRIVE ? RowStack.stack(x.mul(0.3), Nd4j.randn(DataType.DOUBLE, 2, N)) : x;
        return new GradCheck(new HopfieldSystem(N, 0.7, act, mode, symmetric, p), p, y0, seed);
    }

    static GradCheck firingRate(long seed, double rMax) {
        Nd4j.getRandom().setSeed(seed);
        INDArray p = Nd4j.randn(DataType.DOUBLE, 1, FiringRateSystem.layout(N).size()).muli(0.6);
        // a positive input keeps most units in the linear range so the check sees both Φ' = 1 and Φ' = 0
        FiringRateSystem.layout(N).view(p, "u").addi(0.3);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 3, N);
        return new GradCheck(new FiringRateSystem(N, 0.5, rMax, p), p, x, seed);
    }

    static GradCheck idp(long seed, OverlapMode overlap) {
        Nd4j.getRandom().setSeed(seed);
        int patterns = 3;
        INDArray p = Nd4j.randn(DataType.DOUBLE, 1, IdpHopfieldSystem.layout(N, patterns).size());
        INDArray y0 = RowStack.stack(Nd4j.randn(DataType.DOUBLE, 2, N).muli(0.5), Nd4j.randn(DataType.DOUBLE, 2, N).muli(2));
        return new GradCheck(new IdpHopfieldSystem(N, patterns, 1.5, overlap, 2.0, p), p, y0, seed);
    }

    /** The benchmark field dy/dt = tanh(W·y + b), checked alongside (its vjp is hand-written too). */
    static GradCheck denseTanh(long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray p = Nd4j.randn(DataType.DOUBLE, 1, DenseTanhField.layout(N).size()).muli(0.7);
        return new GradCheck(new DenseTanhField(N, p), p, Nd4j.randn(DataType.DOUBLE, 2, N), seed);
    }

    static GradCheck problem(String name, long seed) {
        LongFunction<GradCheck> f = switch (name) {
            case "hopfield-tanh-initial" -> s -> hopfield(s, HopfieldActivation.TANH, InputMode.INITIAL, false);
            case "hopfield-logistic-drive" -> s -> hopfield(s, HopfieldActivation.LOGISTIC, InputMode.DRIVE, false);
            case "hopfield-tanh-drive-symmetric" -> s -> hopfield(s, HopfieldActivation.TANH, InputMode.DRIVE, true);
            case "firing-rate-relu" -> s -> firingRate(s, Double.POSITIVE_INFINITY);
            case "firing-rate-saturating" -> s -> firingRate(s, 0.8);
            case "idp-linear" -> s -> idp(s, OverlapMode.LINEAR);
            case "idp-softmax" -> s -> idp(s, OverlapMode.SOFTMAX);
            case "dense-tanh" -> s -> denseTanh(s);
            default -> throw new IllegalArgumentException(name);
        };
        return f.apply(seed);
    }

    @ParameterizedTest
    @CsvSource({"hopfield-tanh-initial", "hopfield-logistic-drive", "hopfield-tanh-drive-symmetric",
            "firing-rate-relu", "firing-rate-saturating", "idp-linear", "idp-softmax", "dense-tanh"})
    void backpropAndCheckpointMatchFiniteDifferences(String name) {
        GradCheck gc = problem(name, 21);
        SolverConfig cfg = SolverConfig.builder().method(Method.RK4).steps(4).checkpointEvery(2).build();
        double[] fd = gc.numeric(cfg, GradCheck.all(gc.size()), 1e-6);
        double[] bp = gc.analytic(cfg, GradientMode.BACKPROP, null);
        double[] cp = gc.analytic(cfg, GradientMode.CHECKPOINT, null);
        double eb = GradCheck.relError(bp, fd);
        double ec = GradCheck.relError(cp, fd);
        assertTrue(eb < 1e-5, name + " BACKPROP vs finite differences: relative error " + eb);
        assertTrue(ec < 1e-5, name + " CHECKPOINT vs finite differences: relative error " + ec);
        double[] eulerFd = gc.numeric(SolverConfig.fixed(Method.EULER, 3), GradCheck.all(gc.size()), 1e-6);
        double[] eulerBp = gc.analytic(SolverConfig.fixed(Method.EULER, 3), GradientMode.BACKPROP, null);
        double ee = GradCheck.relError(eulerBp, eulerFd);
        assertTrue(ee < 1e-5, name + " Euler BACKPROP vs finite differences: relative error " + ee);
    }

    @ParameterizedTest
    @CsvSource({"hopfield-tanh-initial", "hopfield-logistic-drive", "hopfield-tanh-drive-symmetric",
            "firing-rate-relu", "firing-rate-saturating", "idp-linear", "idp-softmax", "dense-tanh"})
    void adjointMatchesFiniteDifferencesOnAFineGrid(String name) {
        GradCheck gc = problem(name, 22);
        SolverConfig cfg = SolverConfig.fixed(Method.RK4, 16);
        double[] fd = gc.numeric(cfg, GradCheck.all(gc.size()), 1e-6);
        double[] adj = gc.analytic(cfg, GradientMode.ADJOINT, null);
        double err = GradCheck.relError(adj, fd);
        assertTrue(err < 1e-4, name + " ADJOINT vs finite differences: relative error " + err);
    }
}
