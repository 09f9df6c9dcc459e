package org.massode.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ConvergenceOrderTest {
    private static final double[] Y0 = {1.0, 0.5};

    private static double[] vanDerPolReference(double t1) {
        FirstOrderDifferentialEquations vdp = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                yDot[0] = y[1];
                yDot[1] = (1 - y[0] * y[0]) * y[1] - y[0];
            }
        };
        double[] y = Y0.clone();
        new DormandPrince853Integrator(1e-12, 1.0, 1e-14, 1e-12).integrate(vdp, 0, y, t1, y);
        return y;
    }

    private static double error(OdeSystem sys, SolverConfig cfg, double t1, double[] exact) {
        INDArray y0 = Nd4j.createFromArray(new double[][]{Y0});
        INDArray y = new OdeSolver(cfg).solve(sys, y0, 0, t1).y();
        return Math.hypot(y.getDouble(0, 0) - exact[0], y.getDouble(0, 1) - exact[1]);
    }

    /** Least-squares slope of log(error) against log(h). */
    private static double slope(OdeSystem sys, Method m, int[] steps, double t1, double[] exact) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int n : steps) {
            double x = Math.log(t1 / n);
            double y = Math.log(error(sys, SolverConfig.fixed(m, n), t1, exact));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        int k = steps.length;
        return (k * sxy - sx * sy) / (k * sxx - sx * sx);
    }

    @Test
    void fixedStepMethodsConvergeAtTheirOrderOnALinearProblem() {
        TestSystems.Linear lin = new TestSystems.Linear();
        double t1 = 2.0;
        double[] exact = lin.exact(Y0, t1);
        assertEquals(1, slope(lin, Method.EULER, new int[]{100, 200, 400, 800}, t1, exact), 0.3);
        assertEquals(2, slope(lin, Method.MIDPOINT, new int[]{50, 100, 200, 400}, t1, exact), 0.3);
        assertEquals(4, slope(lin, Method.RK4, new int[]{10, 20, 40, 80}, t1, exact), 0.3);
    }

    @Test
    void fixedStepMethodsConvergeAtTheirOrderOnVanDerPol() {
        TestSystems.VanDerPol vdp = new TestSystems.VanDerPol(1.0);
        double t1 = 5.0;
        double[] exact = vanDerPolReference(t1);
        assertEquals(1, slope(vdp, Method.EULER, new int[]{500, 1000, 2000, 4000}, t1, exact), 0.3);
        assertEquals(2, slope(vdp, Method.MIDPOINT, new int[]{100, 200, 400, 800}, t1, exact), 0.3);
        assertEquals(4, slope(vdp, Method.RK4, new int[]{25, 50, 100, 200}, t1, exact), 0.3);
    }

    @Test
    void dopri5AgreesWithCommonsMathDormandPrince853() {
        double t1 = 5.0;
        double[] exact = vanDerPolReference(t1);
        SolverConfig cfg = SolverConfig.builder().method(Method.DOPRI5).rtol(1e-8).atol(1e-10).build();
        INDArray y0 = Nd4j.createFromArray(new double[][]{Y0});
        Solution sol = new OdeSolver(cfg).solve(new TestSystems.VanDerPol(1.0), y0, 0, t1);
        assertEquals(exact[0], sol.y().getDouble(0, 0), 1e-6);
        assertEquals(exact[1], sol.y().getDouble(0, 1), 1e-6);
        SolveStats st = sol.stats();
        assertTrue(st.acceptedSteps() > 10, "accepted steps: " + st);
        assertTrue(st.rhsEvaluations() >= 6L * st.acceptedSteps(), "FSAL evaluations: " + st);
        assertEquals(st.acceptedSteps() + 1, sol.grid().length);
        assertEquals(DataType.DOUBLE, sol.y().dataType());
    }

    @Test
    void solvesAreBatchedRowByRow() {
        TestSystems.Linear lin = new TestSystems.Linear();
        INDArray y0 = Nd4j.createFromArray(new double[][]{{1, 0.5}, {-2, 3}});
        INDArray y = new OdeSolver(SolverConfig.fixed(Method.RK4, 100)).solve(lin, y0, 0, 1).y();
        double[] e1 = lin.exact(new double[]{-2, 3}, 1);
        assertEquals(e1[0], y.getDouble(1, 0), 1e-8);
        assertEquals(e1[1], y.getDouble(1, 1), 1e-8);
    }
}
