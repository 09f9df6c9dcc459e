package org.massode.dynamics;

/** How the input u weighs the stored memories in the input-driven-plasticity Hopfield model. */
public enum OverlapMode {
    /** c_μ(u) = ξ^μ·u / N, the plain overlap. */
    LINEAR,
    /** c(u) = softmax(β·ξ·u/N), the modern-Hopfield / attention weighting. */
    SOFTMAX
}
