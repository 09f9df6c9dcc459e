package org.massode.meanfield;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.factory.Nd4j;

class BadInputTest {
    private static void fails(Executable e, String... fragments) {
        Throwable t = assertThrows(RuntimeException.class, e);
        for (String f : fragments) {
            assertTrue(t.getMessage().contains(f), "message '" + t.getMessage() + "' lacks '" + f + "'");
        }
    }

    @Test
    void timeGrid() {
        fails(() -> TimeGrid.of(10, 0), "--dt", "> 0", "got 0");
        fails(() -> TimeGrid.of(10, -0.1), "--dt", "-0.1");
        fails(() -> TimeGrid.of(10, 0.3), "--horizon", "whole number", "33.3");
        fails(() -> TimeGrid.of(-1, 0.1), "--horizon", "-1");
        fails(() -> TimeGrid.of(10, Double.NaN), "--dt", "NaN");
        fails(() -> TimeGrid.of(10, 2), "--dt", "< 1", "got 2");
        assertTrue(TimeGrid.of(10, 0.01).steps() == 1000);
    }

    @Test
    void model() {
        fails(() -> HopfieldModel.builder().couplingStd(-1).build(), "--sigma", ">= 0", "-1");
        fails(() -> HopfieldModel.builder().noise(-0.5).build(), "--lambda", "-0.5");
        fails(() -> HopfieldModel.builder().couplingMean(Double.POSITIVE_INFINITY).build(), "--J", "Infinity");
        fails(() -> HopfieldModel.builder().initialStd(-2).build(), "--x0-std", "-2");
        fails(() -> new Sigmoid(0, 0), "--gain", "> 0");
    }

    @Test
    void settings() {
        fails(() -> SolverSettings.builder().samples(1).build(), "--samples", "at least 2", "got 1");
        fails(() -> SolverSettings.builder().samples(-5).build(), "--samples", "-5");
        fails(() -> SolverSettings.builder().tolerance(0).build(), "--tol", "got 0");
        fails(() -> SolverSettings.builder().damping(1.5).build(), "--damping", "1.5");
        fails(() -> SolverSettings.builder().maxIterations(0).build(), "--max-iterations");
        fails(() -> SolverSettings.builder().samples(3).keptTrajectories(5).build(), "--trajectories");
    }

    @Test
    void network() {
        HopfieldModel m = HopfieldModel.builder().build();
        TimeGrid g = TimeGrid.of(1, 0.1);
        fails(() -> new FiniteNetwork(m, g, -3), "--N", "positive", "-3");
        fails(() -> new FiniteNetwork(m, g, 10).simulate(0, 1, 0), "--realizations", "got 0");
        fails(() -> FiniteSizeComparison.fit(java.util.List.of()), "--N", "at least 2");
        fails(() -> FieldStatistics.estimate(Nd4j.createFromArray(new double[][]{{0.5, Double.NaN}, {0.1, 0.2}})),
                "NaN", "diverged");
    }

    @Test
    void covarianceThatStaysIndefiniteIsAnErrorNotNaN() {
        fails(() -> JitteredCholesky.factor(Nd4j.createFromArray(new double[][]{{1, 2}, {2, 1}}), 1e-10),
                "not positive definite", "jitter");
        fails(() -> JitteredCholesky.factor(Nd4j.createFromArray(new double[][]{{1, 0}, {0, -1}}), 1e-10),
                "not positive definite", "negative");
        fails(() -> JitteredCholesky.factor(Nd4j.createFromArray(new double[][]{{1, Double.NaN}, {0, 1}}), 1e-10),
                "NaN");
        HopfieldModel model = HopfieldModel.builder().couplingMean(1).build();
        fails(() -> GaussianFieldSampler.sample(Nd4j.zeros(2), Nd4j.createFromArray(new double[][]{{1, 2}, {2, 1}}),
                1, 1, 10, 1e-10, Nd4j.getRandomFactory().getNewRandomInstance(1)), "not positive definite");
    }

    @Test
    void commandLineRejectsBadValuesWithExitCodeTwo() {
        assertTrue(org.massode.cli.Main.run("meanfield", "solve", "--dt", "0") == 2);
        assertTrue(org.massode.cli.Main.run("meanfield", "solve", "--horizon", "1", "--dt", "0.3") == 2);
        assertTrue(org.massode.cli.Main.run("meanfield", "solve", "--samples", "1") == 2);
        assertTrue(org.massode.cli.Main.run("meanfield", "solve", "--precision", "half") == 2);
        assertTrue(org.massode.cli.Main.run("meanfield", "network", "--N", "0") == 2);
        assertTrue(org.massode.cli.Main.run("meanfield", "compare", "--N", "250,x") == 2);
        assertTrue(org.massode.cli.Main.run("meanfield", "compare", "--N", "250") == 2);
    }
}
