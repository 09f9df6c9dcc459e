package org.massode.cli;

import org.massode.meanfield.SolverSettings;
import picocli.CommandLine.Option;

/** Options of the Monte Carlo fixed-point iteration (shared by {@code solve} and {@code compare}). */
public final class MeanfieldSolverOptions {
    @Option(names = "--samples", defaultValue = "10000", description = "Monte Carlo paths M per iteration; default ${DEFAULT-VALUE}.")
    int samples;
    @Option(names = "--tol", description = "Absolute tolerance on sup|dm| and sup|dC| (default: --tol-factor x Monte Carlo standard error).")
    Double tolerance;
    @Option(names = "--tol-factor", defaultValue = "6", description = "Tolerance in Monte Carlo standard errors; default ${DEFAULT-VALUE}.")
    double toleranceFactor;
    @Option(names = "--max-iterations", defaultValue = "50", description = "Iteration budget; default ${DEFAULT-VALUE}.")
    int maxIterations;
    @Option(names = "--damping", defaultValue = "1", description = "Weight alpha of the new estimate, in (0, 1]; default ${DEFAULT-VALUE}.")
    double damping;
    @Option(names = "--jitter", defaultValue = "1e-10", description = "First Cholesky jitter relative to mean diag C; default ${DEFAULT-VALUE}.")
    double jitter;

    SolverSettings settings(MeanfieldModelOptions model, int keptTrajectories) {
        return SolverSettings.builder().samples(samples).tolerance(tolerance == null ? Double.NaN : tolerance)
                .toleranceFactor(toleranceFactor).maxIterations(maxIterations).damping(damping)
                .relativeJitter(jitter).keptTrajectories(Math.min(keptTrajectories, Math.max(samples, 0)))
                .precision(model.precision()).seed(model.seed).build();
    }
}
