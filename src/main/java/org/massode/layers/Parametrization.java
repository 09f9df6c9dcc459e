package org.massode.layers;

/** How the coupling matrix A of a Wilson–Cowan layer is parametrized. */
public enum Parametrization {
    /** A = Φ·diag(λ)·Φ⁻¹ with the planted attractors in ker A (trainable Φ_train, λ_train). */
    SPECTRAL,
    /** A trained directly as a dense N×N matrix. */
    DENSE
}
