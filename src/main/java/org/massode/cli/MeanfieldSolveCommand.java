package org.massode.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.io.AtomicFiles;
import org.massode.meanfield.IterationRecord;
import org.massode.meanfield.MeanFieldCsv;
import org.massode.meanfield.MeanFieldFigures;
import org.massode.meanfield.MeanFieldSolution;
import org.massode.meanfield.MeanFieldSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code meanfield solve}: the self-consistent (m, C) by Monte Carlo fixed-point iteration; writes m(t), C(t, s), the
 * iteration history and (with {@code --plots}) PNG figures to {@code --out}.
 */
@Command(name = "solve", mixinStandardHelpOptions = true, description = "Solve the mean-field fixed point for (m, C).")
public final class MeanfieldSolveCommand implements Callable<Integer> {
    @Mixin
    MeanfieldModelOptions modelOptions;
    @Mixin
    MeanfieldSolverOptions solverOptions;
    @Option(names = "--out", description = "Folder for moments.csv, covariance.csv, iterations.csv, trajectories.csv.")
    Path out;
    @Option(names = "--csv-stride", defaultValue = "1", description = "Write the CSVs on every k-th grid point; default ${DEFAULT-VALUE} (full grid).")
    int csvStride;
    @Option(names = "--trajectories", defaultValue = "5", description = "Sample paths X(t) kept; default ${DEFAULT-VALUE}.")
    int trajectories;
    @Option(names = "--plots", description = "Also write moments.png and trajectories.png to --out.")
    boolean plots;
    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (csvStride < 1) {
            throw new IllegalArgumentException("--csv-stride must be at least 1, got " + csvStride);
        }
        if (plots && out == null) {
            throw new IllegalArgumentException("--plots needs --out (the folder the PNG files go to)");
        }
        var model = modelOptions.model();
        var grid = modelOptions.grid();
        var settings = solverOptions.settings(modelOptions, trajectories);
        MeanFieldSolution s = new MeanFieldSolver(model, grid, settings).solve();
        List<String> files = new ArrayList<>();
        if (out != null) {
            write(out.resolve("moments.csv"), MeanFieldCsv.moments(s, csvStride), files);
            write(out.resolve("covariance.csv"), MeanFieldCsv.covariance(s.covariance(), grid, csvStride), files);
            write(out.resolve("iterations.csv"), MeanFieldCsv.iterations(s.history()), files);
            write(out.resolve("trajectories.csv"), MeanFieldCsv.series(grid, s.trajectories(), "X", csvStride), files);
            if (plots) {
                String tag = "J = " + model.couplingMean() + ", σ = " + model.couplingStd() + ", λ = " + model.noise();
                MeanFieldFigures.moments(s, "Mean-field moments, " + tag, out.resolve("moments.png"));
                MeanFieldFigures.trajectories(grid, s.trajectories(), "Mean-field neuron paths, " + tag,
                        out.resolve("trajectories.png"));
                files.add(out.resolve("moments.png").toString());
                files.add(out.resolve("trajectories.png").toString());
            }
        }
        Map<String, Object> result = summary(s, solverOptions.samples);
        result.put("parameters", modelOptions.describe());
        result.put("files", files);
        if (json) {
            Json.print(result);
        } else {
            System.out.printf("%s after %d iterations in %.2f s: m(T) = %.4f, C(T, T) = %.4f%n",
                    s.converged() ? "converged" : "NOT converged", s.iterations(), s.seconds(),
                    s.meanValues()[grid.steps()], s.variance()[grid.steps()]);
        }
        return 0;
    }

    private static void write(Path p, String content, List<String> files) {
        AtomicFiles.writeString(p, content);
        files.add(p.toString());
    }

    /** The JSON fields shared with {@code compare}: iterations, residuals of every iteration, seconds. */
    static Map<String, Object> summary(MeanFieldSolution s, int samples) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("iterations", s.iterations());
        r.put("converged", s.converged());
        List<Map<String, Object>> residuals = new ArrayList<>();
        for (IterationRecord it : s.history()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("iteration", it.iteration());
            e.put("sup_dm", it.meanResidual());
            e.put("sup_dC", it.covarianceResidual());
            e.put("tol_m", it.meanTolerance());
            e.put("tol_C", it.covarianceTolerance());
            e.put("seconds", it.seconds());
            residuals.add(e);
        }
        r.put("residuals", residuals);
        r.put("seconds", s.seconds());
        r.put("samples", samples);
        r.put("grid_points", s.grid().points());
        int last = s.grid().steps();
        r.put("m_T", s.meanValues()[last]);
        r.put("C_TT", s.variance()[last]);
        r.put("min_m", s.mean().minNumber().doubleValue());
        r.put("max_m", s.mean().maxNumber().doubleValue());
        return r;
    }
}
