package org.massode.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.io.AtomicFiles;
import org.massode.meanfield.FiniteNetwork;
import org.massode.meanfield.FiniteSizeComparison;
import org.massode.meanfield.MeanFieldCsv;
import org.massode.meanfield.MeanFieldFigures;
import org.massode.meanfield.MeanFieldSolution;
import org.massode.meanfield.MeanFieldSolver;
import org.massode.meanfield.TimeGrid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code meanfield compare}: solves the mean-field fixed point, simulates networks of each size N and reports
 * sup|m_N − m|, sup|C_N − C| per N with the fitted log–log slopes. The mean field uses {@code --seed}; the networks
 * of the i-th size use seed + 1000·(i + 1).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Distance between finite networks and the mean-field limit as N grows.")
public final class MeanfieldCompareCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(MeanfieldCompareCommand.class);

    @Mixin
    MeanfieldModelOptions modelOptions;
    @Mixin
    MeanfieldSolverOptions solverOptions;
    @Option(names = "--N", split = ",", defaultValue = "250,500,1000,2000,4000",
            description = "Comma-separated network sizes; default ${DEFAULT-VALUE}.")
    List<Integer> sizes;
    @Option(names = "--realizations", defaultValue = "4", description = "Networks (coupling draws) per size; default ${DEFAULT-VALUE}.")
    int realizations;
    @Option(names = "--out", description = "Folder for compare.csv, mean-field moments.csv (and finite_size.png with --plots).")
    Path out;
    @Option(names = "--plots", description = "Also write finite_size.png to --out.")
    boolean plots;
    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (sizes == null || sizes.size() < 2) {
            throw new IllegalArgumentException("--N must list at least 2 network sizes, got " + sizes);
        }
        if (plots && out == null) {
            throw new IllegalArgumentException("--plots needs --out (the folder the PNG file goes to)");
        }
        var model = modelOptions.model();
        TimeGrid grid = modelOptions.grid();
        List<FiniteNetwork> networks = new ArrayList<>();
        for (int n : sizes) {
            networks.add(new FiniteNetwork(model, grid, n, modelOptions.precision())); // validates every N before the long solve
        }
        if (realizations < 1) {
            throw new IllegalArgumentException("--realizations must be at least 1, got " + realizations);
        }
        long start = System.nanoTime();
        MeanFieldSolution limit = new MeanFieldSolver(model, grid, solverOptions.settings(modelOptions, 0))
                .solve();
        List<FiniteSizeComparison.SizeDistance> distances = new ArrayList<>();
        for (int i = 0; i < networks.size(); i++) {
            FiniteNetwork.Run run = networks.get(i).simulate(realizations, modelOptions.seed + 1000L * (i + 1), 0);
            FiniteSizeComparison.SizeDistance d = FiniteSizeComparison.distances(limit, run);
            LOG.info("N = {}: sup|dm| = {}, sup|dC| = {} ({} s)", d.neurons(), d.meanDistance(),
                    d.covarianceDistance(), d.seconds());
            distances.add(d);
        }
        FiniteSizeComparison.Result fit = FiniteSizeComparison.fit(distances);
        List<String> files = new ArrayList<>();
        if (out != null) {
            Path csv = out.resolve("compare.csv");
            Path moments = out.resolve("moments.csv");
            AtomicFiles.writeString(csv, MeanFieldCsv.sizes(distances));
            AtomicFiles.writeString(moments, MeanFieldCsv.moments(limit, 1));
            files.add(csv.toString());
            files.add(moments.toString());
            if (plots) {
                Path png = out.resolve("finite_size.png");
                MeanFieldFigures.finiteSize(distances, "Finite network vs mean field, J = " + model.couplingMean()
                        + String.format(" (slopes %.2f, %.2f)", fit.meanSlope(), fit.covarianceSlope()), png);
                files.add(png.toString());
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FiniteSizeComparison.SizeDistance d : distances) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("N", d.neurons());
            row.put("networks", d.networks());
            row.put("sup_dm", d.meanDistance());
            row.put("sup_dm_sem", d.meanDistanceSem());
            row.put("sup_dC", d.covarianceDistance());
            row.put("sup_dC_sem", d.covarianceDistanceSem());
            row.put("seconds", d.seconds());
            rows.add(row);
        }
        result.put("distances", rows);
        result.put("slope_m", fit.meanSlope());
        result.put("slope_m_stderr", fit.meanSlopeStdError());
        result.put("slope_C", fit.covarianceSlope());
        result.put("slope_C_stderr", fit.covarianceSlopeStdError());
        result.put("mean_field", MeanfieldSolveCommand.summary(limit, solverOptions.samples));
        result.put("seconds", (System.nanoTime() - start) / 1e9);
        result.put("parameters", modelOptions.describe());
        result.put("files", files);
        if (json) {
            Json.print(result);
        } else {
            System.out.printf("slopes: m %.3f ± %.3f, C %.3f ± %.3f%n", fit.meanSlope(), fit.meanSlopeStdError(),
                    fit.covarianceSlope(), fit.covarianceSlopeStdError());
        }
        return 0;
    }
}
