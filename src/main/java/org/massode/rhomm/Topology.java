package org.massode.rhomm;

import java.util.Locale;

/** Architectures of the objective (ground-truth) networks. */
public enum Topology {
    /** Erdős–Rényi: every pair linked with probability p = k/(N − 1). */
    ER,
    /** Watts–Strogatz: ring lattice of degree k, each edge rewired with probability {@code rewiring}. */
    WS,
    /** Barabási–Albert: preferential attachment, m = k/2 links per new node. */
    BA,
    /** Modular: {@code communities} equal groups, links inside 10× as likely as between, mean degree k. */
    MODULAR;

    public static Topology parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("topology must be er, ws, ba or modular, got '" + s + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
