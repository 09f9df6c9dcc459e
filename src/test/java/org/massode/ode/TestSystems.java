package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small systems with known behaviour for solver tests. */
final class TestSystems {
    private TestSystems() {
    }

    /** dy/dt = M·y for a fixed 2×2 matrix M (rotation with decay): y(t) = exp(tM)·y0. */
    static final class Linear implements OdeSystem {
        final INDArray m = Nd4j.createFromArray(new double[][]{{-0.1, 1.0}, {-1.0, -0.1}});

        @Override
        public int stateSize() {
            return 2;
        }

        @Override
        public void rhs(double t, INDArray y, INDArray dydt) {
            Nd4j.gemm(y, m, dydt, false, true, 1.0, 0.0);
        }

        @Override
        public void vjp(double t, INDArray y, INDArray a, INDArray aDfDy, INDArray paramGrad) {
            Nd4j.gemm(a, m, aDfDy, false, false, 1.0, 0.0);
        }

        /** Exact solution for this M: e^(−0.1t)·[[cos t, sin t], [−sin t, cos t]]·y0. */
        double[] exact(double[] y0, double t) {
            double d = Math.exp(-0.1 * t);
            double c = Math.cos(t);
            double s = Math.sin(t);
            return new double[]{d * (c * y0[0] + s * y0[1]), d * (-s * y0[0] + c * y0[1])};
        }
    }

    /** Van der Pol: x' = v, v' = μ(1 − x²)v − x. */
    static final class VanDerPol implements OdeSystem {
        final double mu;

        VanDerPol(double mu) {
            this.mu = mu;
        }

        @Override
        public int stateSize() {
            return 2;
        }

        @Override
        public void rhs(double t, INDArray y, INDArray dydt) {
            for (int i = 0; i < y.rows(); i++) {
                double x = y.getDouble(i, 0);
                double v = y.getDouble(i, 1);
                dydt.putScalar(i, 0, v);
                dydt.putScalar(i, 1, mu * (1 - x * x) * v - x);
            }
        }

        @Override
        public void vjp(double t, INDArray y, INDArray a, INDArray aDfDy, INDArray paramGrad) {
            for (int i = 0; i < y.rows(); i++) {
                double x = y.getDouble(i, 0);
                double v = y.getDouble(i, 1);
                double a0 = a.getDouble(i, 0);
                double a1 = a.getDouble(i, 1);
                aDfDy.putScalar(i, 0, a1 * (-2 * mu * x * v - 1));
                aDfDy.putScalar(i, 1, a0 + a1 * mu * (1 - x * x));
            }
        }
    }

    /** dy/dt = y², which blows up at t = 1/y0: adaptive solvers must shrink the step until they give up. */
    static final class BlowUp implements OdeSystem {
        @Override
        public int stateSize() {
            return 1;
        }

        @Override
        public void rhs(double t, INDArray y, INDArray dydt) {
            dydt.assign(y.mul(y));
        }

        @Override
        public void vjp(double t, INDArray y, INDArray a, INDArray aDfDy, INDArray paramGrad) {
            aDfDy.assign(a.mul(y).muli(2));
        }
    }

    /** dy/dt = −y, but the right-hand side returns NaN once t passes tNaN. */
    static final class NanAfter implements OdeSystem {
        final double tNaN;

        NanAfter(double tNaN) {
            this.tNaN = tNaN;
        }

        @Override
        public int stateSize() {
            return 3;
        }

        @Override
        public void rhs(double t, INDArray y, INDArray dydt) {
            dydt.assign(y).negi();
            if (t > tNaN) dydt.putScalar(0, 1, Double.NaN);
        }

        @Override
        public void vjp(double t, INDArray y, INDArray a, INDArray aDfDy, INDArray paramGrad) {
            aDfDy.assign(a).negi();
        }
    }
}
