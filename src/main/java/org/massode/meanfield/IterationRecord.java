package org.massode.meanfield;

/**
 * One fixed-point iteration: the residuals sup|Δm|, sup|ΔC| against the previous iterate, the tolerances they were
 * compared with, the Monte Carlo standard errors of the new iterate, the jitter variance added to the field, and the
 * wall time of the iteration.
 */
public record IterationRecord(int iteration, double meanResidual, double covarianceResidual, double meanTolerance,
                              double covarianceTolerance, double meanStandardError,
                              double covarianceStandardError, double jitterVariance, double seconds) {
    public boolean withinTolerance() {
        return meanResidual <= meanTolerance && covarianceResidual <= covarianceTolerance;
    }
}
