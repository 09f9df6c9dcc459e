package org.massode.ode;

/**
 * Coefficients of an explicit Runge–Kutta method: stages Yᵢ = y + h·Σⱼ aᵢⱼ·kⱼ, kᵢ = f(t + cᵢ·h, Yᵢ),
 * y' = y + h·Σᵢ bᵢ·kᵢ; embedded pairs also carry error weights eᵢ = bᵢ − b̂ᵢ (err = h·Σᵢ eᵢ·kᵢ).
 * A solver is data: every method runs through the one {@link RkStepper}.
 */
public record ButcherTableau(String name, int order, double[] c, double[][] a, double[] b, double[] e) {

    public static final ButcherTableau EULER = new ButcherTableau("euler", 1,
            new double[]{0}, new double[][]{{}}, new double[]{1}, null);

    public static final ButcherTableau MIDPOINT = new ButcherTableau("midpoint", 2,
            new double[]{0, 0.5}, new double[][]{{}, {0.5}}, new double[]{0, 1}, null);

    public static final ButcherTableau RK4 = new ButcherTableau("rk4", 4,
            new double[]{0, 0.5, 0.5, 1},
            new double[][]{{}, {0.5}, {0, 0.5}, {0, 0, 1}},
            new double[]{1 / 6.0, 1 / 3.0, 1 / 3.0, 1 / 6.0}, null);

    /** Dormand–Prince 5(4); the 7th stage is evaluated at the new point (FSAL). */
    public static final ButcherTableau DOPRI5 = new ButcherTableau("dopri5", 5,
            new double[]{0, 1 / 5.0, 3 / 10.0, 4 / 5.0, 8 / 9.0, 1, 1},
            new double[][]{
                    {},
                    {1 / 5.0},
                    {3 / 40.0, 9 / 40.0},
                    {44 / 45.0, -56 / 15.0, 32 / 9.0},
                    {19372 / 6561.0, -25360 / 2187.0, 64448 / 6561.0, -212 / 729.0},
                    {9017 / 3168.0, -355 / 33.0, 46732 / 5247.0, 49 / 176.0, -5103 / 18656.0},
                    {35 / 384.0, 0, 500 / 1113.0, 125 / 192.0, -2187 / 6784.0, 11 / 84.0}},
            new double[]{35 / 384.0, 0, 500 / 1113.0, 125 / 192.0, -2187 / 6784.0, 11 / 84.0, 0},
            new double[]{35 / 384.0 - 5179 / 57600.0, 0, 500 / 1113.0 - 7571 / 16695.0,
                    125 / 192.0 - 393 / 640.0, -2187 / 6784.0 + 92097 / 339200.0, 11 / 84.0 - 187 / 2100.0,
                    -1 / 40.0});

    public int stages() {
        return b.length;
    }

    public boolean embedded() {
        return e != null;
    }

    /** Explicit Euler, y' = y + h·f(t, y) (one stage, b = 1, c = 0, no error estimate): a step a system may fuse. */
    public boolean explicitEuler() {
        return stages() == 1 && !embedded() && b[0] == 1 && c[0] == 0;
    }
}
