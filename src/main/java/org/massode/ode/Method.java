package org.massode.ode;

/** The explicit Runge–Kutta methods the engine offers. */
public enum Method {
    EULER(ButcherTableau.EULER),
    MIDPOINT(ButcherTableau.MIDPOINT),
    RK4(ButcherTableau.RK4),
    DOPRI5(ButcherTableau.DOPRI5);

    private final ButcherTableau tableau;

    Method(ButcherTableau tableau) {
        this.tableau = tableau;
    }

    public ButcherTableau tableau() {
        return tableau;
    }

    public boolean adaptive() {
        return tableau.embedded();
    }

    /** Parses a case-insensitive name such as "rk4" or "dopri5", naming the allowed values on failure. */
    public static Method parse(String name) {
        for (Method m : values()) {
            if (m.name().equalsIgnoreCase(name.trim())) return m;
        }
        throw new IllegalArgumentException("unknown solver '" + name + "'; expected one of euler, midpoint, rk4, dopri5");
    }
}
