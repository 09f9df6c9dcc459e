package org.massode.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.io.AtomicFiles;
import org.massode.rhomm.MatrixFiles;
import org.massode.rhomm.RhommConfig;
import org.massode.rhomm.RhommFigures;
import org.massode.rhomm.RhommPipeline;
import org.massode.rhomm.SignalFiles;
import org.massode.rhomm.Signals;
import org.massode.rhomm.Threshold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rhomm fit}: binarize BLP files, fit J (jointly, or one fit per file with {@code --separate}), write the EC
 * matrix as CSV, .npy and a heatmap PNG, and report epochs, convergence, loss and the metrics.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit RHoMM effective connectivity to BLP signals (CSV rows = time, columns = regions, or .npy).")
public final class RhommFitCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, arity = "1..*", description = "Signal files (several = subjects/segments).")
    List<Path> data;
    @Option(names = "--binarize", defaultValue = "median",
            description = "median | mean | p<q> | zscore | none (data already ±1; ±1 files are detected); default ${DEFAULT-VALUE}.")
    String binarize;
    @Option(names = "--separate", description = "Fit every file on its own (default: one joint fit).")
    boolean separate;
    @Option(names = "--holdout", defaultValue = "0.2", description = "Last fraction of each file held out for the one-step accuracy; default ${DEFAULT-VALUE}.")
    double holdout;
    @Option(names = "--truth", description = "True J (CSV or .npy, N × N) for the EC metrics.")
    Path truth;
    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;
    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;
    @Mixin
    RhommTrainingOptions training;

    @Override
    public Integer call() {
        RhommConfig config = training.config();
        List<Signals> all = SignalFiles.readAll(data);
        double[][] trueJ = truth == null ? null : MatrixFiles.readSquare(truth);
        List<List<Signals>> groups = new ArrayList<>();
        if (separate) {
            for (Signals s : all) groups.add(List.of(s));
        } else {
            groups.add(all);
        }
        List<Map<String, Object>> fits = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Signals> group = groups.get(g);
            RhommPipeline pipeline = new RhommPipeline(threshold(group), config, holdout);
            RhommPipeline.Outcome o = pipeline.run(group, trueJ);
            String stem = groups.size() == 1 ? "ec" : "ec-" + (g + 1);
            fits.add(report(o, group, stem));
        }
        Map<String, Object> result = fits.size() == 1 ? fits.get(0) : new LinkedHashMap<>(Map.of("fits", fits));
        AtomicFiles.writeString(out.resolve("fit.json"), Json.write(result));
        if (json) {
            Json.print(result);
        } else {
            for (Map<String, Object> f : fits) {
                System.out.printf(Locale.ROOT, "%s: %s after %s epochs, loss %.5f, EC in %s%n", f.get("data"),
                        Boolean.TRUE.equals(f.get("converged")) ? "converged" : "NOT converged", f.get("epochs"),
                        (Double) f.get("loss"), f.get("ec_csv"));
            }
        }
        return 0;
    }

    /** {@code none} when asked, or when every file is already ±1 (a median of ±1 data cannot split it). */
    private Threshold threshold(List<Signals> group) {
        if (binarize.equalsIgnoreCase("none")) return null;
        boolean binary = true;
        for (Signals s : group) {
            for (double v : s.values()) {
                if (v != 1 && v != -1) {
                    binary = false;
                    break;
                }
            }
        }
        if (binary) {
            System.err.println("data are already ±1: used as they are, without binarization");
            return null;
        }
        return Threshold.parse(binarize);
    }

    private Map<String, Object> report(RhommPipeline.Outcome o, List<Signals> group, String stem) {
        double[][] j = o.fit().model().couplings();
        Path csv = out.resolve(stem + ".csv");
        Path npy = out.resolve(stem + ".npy");
        Path png = out.resolve(stem + ".png");
        MatrixFiles.writeCsv(csv, j);
        MatrixFiles.writeNpy(npy, j);
        MatrixFiles.writeCsv(out.resolve(stem + "-bias.csv"), new double[][]{o.fit().model().bias()});
        RhommFigures.heatmap(j, "RHoMM effective connectivity (" + j.length + " regions)", png);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("data", group.stream().map(Signals::source).toList());
        r.put("epochs", o.fit().epochs());
        r.put("converged", o.fit().converged());
        r.put("diverged", o.fit().diverged());
        r.put("loss", o.fit().loss());
        if (o.ec() != null) {
            r.put("ec_correlation", o.ec().correlation());
            r.put("ec_relative_error", o.ec().relativeError());
            r.put("sign_accuracy_strongest", o.ec().signAccuracy());
        }
        r.put("fc_correlation", o.fcCorrelation());
        r.put("prediction_accuracy_heldout", o.predictionAccuracy());
        r.put("seconds", o.fit().seconds());
        r.put("regions", j.length);
        r.put("ec_csv", csv.toString());
        r.put("ec_npy", npy.toString());
        r.put("ec_png", png.toString());
        return r;
    }
}
