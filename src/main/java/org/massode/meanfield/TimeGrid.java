package org.massode.meanfield;

/**
 * The uniform grid t_k = k·dt, k = 0 … steps, on which the Euler–Maruyama scheme runs and on which m(t) and C(t, s)
 * are stored. The horizon must be a whole number of steps so that the last grid point is the horizon itself.
 */
public final class TimeGrid {
    /** Relative slack for horizon/dt to count as an integer (decimal inputs such as 10/0.01 are not exact). */
    private static final double WHOLE_STEPS_SLACK = 1e-9;

    private final double horizon;
    private final double dt;
    private final int steps;

    private TimeGrid(double horizon, double dt, int steps) {
        this.horizon = horizon;
        this.dt = dt;
        this.steps = steps;
    }

    public static TimeGrid of(double horizon, double dt) {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("dt (--dt) must be a finite number > 0, got " + dt);
        }
        if (dt >= 1) {
            // X_{k+1} = (1 − dt)·X_k + …: for dt ≥ 1 the leak of g(x) = −x flips sign each step (unstable from dt = 2)
            throw new IllegalArgumentException("dt (--dt) must be < 1 for the Euler–Maruyama scheme of the leak −x to "
                    + "be stable and monotone, got " + dt);
        }
        if (!(horizon > 0) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("horizon (--horizon) must be a finite number > 0, got " + horizon);
        }
        double ratio = horizon / dt;
        long n = Math.round(ratio);
        if (n < 1 || Math.abs(ratio - n) > WHOLE_STEPS_SLACK * Math.max(1, ratio)) {
            throw new IllegalArgumentException("horizon (--horizon) must be a whole number of dt (--dt) steps: expected "
                    + "horizon/dt to be an integer, got " + horizon + "/" + dt + " = " + ratio);
        }
        if (n > 100_000) {
            throw new IllegalArgumentException("horizon/dt (--horizon/--dt) must be at most 100000 steps, got " + n
                    + " (C(t, s) would have " + (n + 1) + "² entries)");
        }
        return new TimeGrid(horizon, dt, (int) n);
    }

    public double horizon() {
        return horizon;
    }

    public double dt() {
        return dt;
    }

    /** Number of Euler–Maruyama steps. */
    public int steps() {
        return steps;
    }

    /** Number of grid points, steps + 1. */
    public int points() {
        return steps + 1;
    }

    public double time(int k) {
        return k * dt;
    }

    @Override
    public String toString() {
        return "[0, " + horizon + "] with dt = " + dt + " (" + steps + " steps)";
    }
}
