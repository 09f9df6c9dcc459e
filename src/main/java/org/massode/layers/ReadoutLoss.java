package org.massode.layers;

/**
 * Training loss of an {@link AttractorReadout}.
 *
 * <ul>
 *   <li>{@code MSE}: L = (1/N)·‖x(T) − p_label‖², the reference formulation (Marino et al. 2025);</li>
 *   <li>{@code XENT}: L = −log softmax(−κ·d)_label with dₖ = ‖x − pₖ‖²/‖pₖ‖², the cross-entropy of the readout's own
 *       class scores. It rewards only changes that separate the classes, so it has no plateau where every sample
 *       settles on the mean of the attractors (the MSE optimum of a network that ignores its input).</li>
 * </ul>
 */
public enum ReadoutLoss {
    MSE,
    XENT
}
