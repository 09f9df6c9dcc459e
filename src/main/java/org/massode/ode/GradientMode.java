package org.massode.ode;

/** How gradients flow back through a solve: a strategy chosen by configuration, never a fork of the solver. */
public enum GradientMode {
    /** Exact gradient of the discrete solver; stores every stage (memory grows with steps). */
    BACKPROP,
    /** The same exact gradient, storing every k-th state and recomputing segments (memory ~√steps). */
    CHECKPOINT,
    /** Continuous adjoint: integrate [y, a, ∂L/∂θ] backwards in time (memory constant in steps). */
    ADJOINT
}
