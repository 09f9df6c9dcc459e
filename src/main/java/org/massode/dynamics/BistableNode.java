package org.massode.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Stable equilibria of one uncoupled Wilson–Cowan node (A = 0). With wIE = 0 the inhibitory rate settles at the
 * root y* of −aI·y + (1 − y)·fI(−wII·y + hI) = 0 regardless of x; the excitatory nullcline then has three roots in
 * [0, 1], of which the outer two are stable: the "low" and "high" values used to plant attractors.
 */
public record BistableNode(double low, double high, double inhibitory) {

    public static BistableNode of(WilsonCowanConstants c) {
        BrentSolver brent = new BrentSolver(1e-14, 1e-14);
        List<Double> yRoots = roots(y -> c.driftY(0, y), brent);
        if (yRoots.size() != 1) {
            throw new IllegalArgumentException("expected one inhibitory equilibrium for these constants, found " + yRoots);
        }
        double ys = yRoots.get(0);
        List<Double> stable = new ArrayList<>();
        for (double x : roots(x -> c.driftX(x, ys), brent)) {
            double d = (c.driftX(x + 1e-7, ys) - c.driftX(x - 1e-7, ys)) / 2e-7;
            if (d < 0) stable.add(x);
        }
        if (stable.size() != 2) {
            throw new IllegalArgumentException("expected a bistable node (two stable excitatory values), found " + stable);
        }
        return new BistableNode(stable.get(0), stable.get(1), ys);
    }

    private static List<Double> roots(org.apache.commons.math3.analysis.UnivariateFunction f, BrentSolver brent) {
        List<Double> r = new ArrayList<>();
        int n = 10_000;
        double prev = f.value(0);
        for (int i = 1; i <= n; i++) {
            double x = (double) i / n;
            double v = f.value(x);
            if (prev == 0 || Math.signum(v) != Math.signum(prev)) {
                r.add(brent.solve(200, f, (double) (i - 1) / n, x));
            }
            prev = v;
        }
        return r;
    }
}
