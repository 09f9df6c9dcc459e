package org.massode.layers;

import org.massode.ode.Method;
import org.massode.ode.SolverConfig;

/** The solver configuration shared by the ODE layers: fixed steps of size ≈ dt, or Dopri5 with tolerances. */
final class OdeLayerSolver {
    private OdeLayerSolver() {
    }

    static SolverConfig config(Method solver, double dt, double time, double rtol, double atol) {
        if (solver.adaptive()) {
            return SolverConfig.builder().method(solver).rtol(rtol).atol(atol).initialStep(Math.min(dt, time)).build();
        }
        return SolverConfig.fixed(solver, Math.max(1, (int) Math.round(time / dt)));
    }

    static double positive(String owner, String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException(owner + ": " + name + " must be > 0, got " + v);
        return v;
    }
}
