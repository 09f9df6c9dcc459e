package org.massode.ode;

/**
 * Counters of one solve (and of its gradient pass, when there was one).
 *
 * @param rhsEvaluations   right-hand side evaluations in the forward solve
 * @param acceptedSteps    accepted steps
 * @param rejectedSteps    rejected steps (adaptive only)
 * @param backwardRhs      right-hand side evaluations in the gradient pass (recomputation, adjoint reconstruction)
 * @param backwardVjps     vector–Jacobian products in the gradient pass
 * @param backwardSteps    steps taken by the gradient pass (adjoint: its own, possibly adaptive, steps)
 * @param peakGradientBytes peak bytes of arrays the gradient machinery kept alive (tape, checkpoints, buffers)
 */
public record SolveStats(long rhsEvaluations, int acceptedSteps, int rejectedSteps, long backwardRhs,
                         long backwardVjps, int backwardSteps, long peakGradientBytes) {
}
