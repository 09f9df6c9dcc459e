package org.massode.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.dynamics.WilsonCowanConstants;
import org.massode.io.AtomicFiles;
import org.massode.rhomm.BandLimitedPower;
import org.massode.rhomm.Correlations;
import org.massode.rhomm.MatrixFiles;
import org.massode.rhomm.NoisyWilsonCowan;
import org.massode.rhomm.ObjectiveNetwork;
import org.massode.rhomm.RhommConfig;
import org.massode.rhomm.RhommFigures;
import org.massode.rhomm.RhommPipeline;
import org.massode.rhomm.Signals;
import org.massode.rhomm.Threshold;
import org.massode.rhomm.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rhomm e2e}: the realistic case. A noisy Wilson–Cowan network on a known connectivity → band-limited power
 * (band-pass + Hilbert envelope, downsampled) → median binarization → RHoMM fit → EC against the generating
 * connectivity and FC of the fitted model against the data's FC.
 */
@Command(name = "e2e", mixinStandardHelpOptions = true,
        description = "Wilson–Cowan → BLP → binarize → RHoMM, compared with the generating connectivity.")
public final class RhommEndToEndCommand implements Callable<Integer> {
    @Option(names = "--nodes", defaultValue = "155", description = "Regions; default ${DEFAULT-VALUE}.")
    int nodes;
    @Option(names = "--topology", defaultValue = "modular", description = "Connectivity architecture; default ${DEFAULT-VALUE}.")
    String topology;
    @Option(names = "--regime", defaultValue = "oscillatory", description = "Node constants: oscillatory (Wilson & Cowan 1972 limit-cycle node, quiet below the onset, so input raises band power) | reference (the classifier's bistable node); default ${DEFAULT-VALUE}.")
    String regime;
    @Option(names = "--coupling", defaultValue = "1.0", description = "Coupling strength c; default ${DEFAULT-VALUE}.")
    double coupling;
    @Option(names = "--drive", description = "Excitatory drive hE; default −3.0 (oscillatory: just below the onset of the oscillation near −2.8) or −1.4 (reference).")
    Double drive;
    @Option(names = "--gamma", defaultValue = "1", description = "Inhibitory time constant γ; default ${DEFAULT-VALUE}.")
    double gamma;
    @Option(names = "--excitatory", defaultValue = "0.7", description = "Fraction of positive links of the generating connectivity; default ${DEFAULT-VALUE}.")
    double excitatory;
    @Option(names = "--noise", defaultValue = "0.02", description = "Noise σ; default ${DEFAULT-VALUE}.")
    double noise;
    @Option(names = "--dt", defaultValue = "0.1", description = "Euler–Maruyama step; default ${DEFAULT-VALUE}.")
    double dt;
    @Option(names = "--steps", defaultValue = "1000000", description = "Integration steps; default ${DEFAULT-VALUE}.")
    int steps;
    @Option(names = "--every", defaultValue = "2", description = "Record x every k steps (the 'sampling'); default ${DEFAULT-VALUE}.")
    int every;
    @Option(names = "--band", split = ",", defaultValue = "0.02,0.16", description = "Band f1,f2 in cycles per recorded sample (the oscillatory node's peak is near 0.04 at the defaults); default ${DEFAULT-VALUE}.")
    double[] band;
    @Option(names = "--window", defaultValue = "12", description = "BLP averaging window (downsampling factor); default ${DEFAULT-VALUE}.")
    int window;
    @Option(names = "--holdout", defaultValue = "0.2", description = "Held-out fraction; default ${DEFAULT-VALUE}.")
    double holdout;
    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;
    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;
    @Mixin
    RhommTrainingOptions training;

    @Override
    public Integer call() {
        if (band.length != 2) throw new IllegalArgumentException("--band needs two numbers f1,f2, got " + band.length);
        long t0 = System.nanoTime();
        double[][] c = ObjectiveNetwork.builder().nodes(nodes).topology(Topology.parse(topology)).seed(training.seed)
                .excitatoryFraction(excitatory).build().couplings();
        WilsonCowanConstants k = switch (regime) {
            case "oscillatory" -> WilsonCowanConstants.CLASSIC_OSCILLATOR.withDrive(drive == null ? -3.0 : drive);
            case "reference" -> WilsonCowanConstants.REFERENCE.withDrive(drive == null ? -1.4 : drive);
            default -> throw new IllegalArgumentException("--regime must be oscillatory or reference, got '" + regime
                    + "'");
        };
        Signals x = new NoisyWilsonCowan(k, c, coupling, gamma, noise)
                .simulate(dt, steps, every, 2000, training.seed);
        double simSeconds = (System.nanoTime() - t0) / 1e9;
        Signals blp = new BandLimitedPower(band[0], band[1], window).apply(x);
        RhommConfig config = training.config();
        RhommPipeline.Outcome o = new RhommPipeline(Threshold.median(), config, holdout).run(List.of(blp), c);
        double[][] j = o.fit().model().couplings();
        double rawFc = Correlations.fcSimilarity(Correlations.functionalConnectivity(blp),
                Correlations.functionalConnectivity(o.binary().get(0)));
        MatrixFiles.writeCsv(out.resolve("truth.csv"), c);
        MatrixFiles.writeSignalsCsv(out.resolve("blp.csv"), blp);
        MatrixFiles.writeCsv(out.resolve("ec.csv"), j);
        MatrixFiles.writeNpy(out.resolve("ec.npy"), j);
        RhommFigures.heatmap(j, "RHoMM EC from Wilson–Cowan BLP (" + nodes + " regions)", out.resolve("ec.png"));
        RhommFigures.heatmap(c, "Generating connectivity (" + nodes + " regions)", out.resolve("truth.png"));
        RhommFigures.lossCurve(o.fit().lossHistory(), "RHoMM training loss", out.resolve("loss.png"));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("nodes", nodes);
        r.put("regime", regime);
        r.put("drive", k.hE());
        r.put("coupling", coupling);
        r.put("noise", noise);
        r.put("blp_time_points", blp.timePoints());
        r.put("simulation_seconds", simSeconds);
        r.put("epochs", o.fit().epochs());
        r.put("converged", o.fit().converged());
        r.put("loss", o.fit().loss());
        r.put("ec_correlation", o.ec().correlation());
        r.put("ec_relative_error", o.ec().relativeError());
        r.put("sign_accuracy_strongest", o.ec().signAccuracy());
        r.put("fc_correlation", o.fcCorrelation());
        r.put("fc_raw_vs_binarized", rawFc);
        r.put("prediction_accuracy_heldout", o.predictionAccuracy());
        r.put("fit_seconds", o.fit().seconds());
        r.put("total_seconds", (System.nanoTime() - t0) / 1e9);
        AtomicFiles.writeString(out.resolve("e2e.json"), Json.write(r));
        if (json) {
            Json.print(r);
        } else {
            System.out.printf("EC correlation %.3f, FC correlation %.3f (%d BLP samples)%n", o.ec().correlation(),
                    o.fcCorrelation(), blp.timePoints());
        }
        return 0;
    }
}
