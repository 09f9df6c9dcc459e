package org.massode.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.rhomm.GlauberSimulator;
import org.massode.rhomm.MatrixFiles;
import org.massode.rhomm.ObjectiveNetwork;
import org.massode.rhomm.RhommModel;
import org.massode.rhomm.Signals;
import org.massode.rhomm.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rhomm simulate}: an objective network and a Glauber series from it ({@code truth.csv}, {@code signals.csv}). */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Objective network + parallel Glauber dynamics; writes truth.csv and signals.csv (±1).")
public final class RhommSimulateCommand implements Callable<Integer> {
    @Option(names = "--nodes", required = true, description = "Number of regions N.")
    int nodes;
    @Option(names = "--topology", defaultValue = "er", description = "er | ws | ba | modular; default ${DEFAULT-VALUE}.")
    String topology;
    @Option(names = "--steps", defaultValue = "10000", description = "Time steps T; default ${DEFAULT-VALUE}.")
    int steps;
    @Option(names = "--beta", defaultValue = "1", description = "Inverse temperature β; default ${DEFAULT-VALUE}.")
    double beta;
    @Option(names = "--degree", defaultValue = "6", description = "Mean degree k; default ${DEFAULT-VALUE}.")
    double degree;
    @Option(names = "--excitatory", defaultValue = "0.5", description = "Fraction of positive weights; default ${DEFAULT-VALUE}.")
    double excitatory;
    @Option(names = "--gain", defaultValue = "1", description = "Field scale g (weights ±U(0.5,1.5)·g/√k); default ${DEFAULT-VALUE}.")
    double gain;
    @Option(names = "--burn-in", defaultValue = "100", description = "Discarded first steps; default ${DEFAULT-VALUE}.")
    int burnIn;
    @Option(names = "--seed", defaultValue = "1", description = "Seed of network and dynamics; default ${DEFAULT-VALUE}.")
    long seed;
    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;
    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        double[][] truth = ObjectiveNetwork.builder().nodes(nodes).topology(Topology.parse(topology)).meanDegree(degree)
                .excitatoryFraction(excitatory).gain(gain).seed(seed).build().couplings();
        long t0 = System.nanoTime();
        Signals s = new GlauberSimulator(new RhommModel(truth, new double[nodes], beta))
                .simulate(steps, burnIn, seed, "glauber");
        double seconds = (System.nanoTime() - t0) / 1e9;
        MatrixFiles.writeCsv(out.resolve("truth.csv"), truth);
        MatrixFiles.writeSignalsCsv(out.resolve("signals.csv"), s);
        double mean = 0;
        for (double v : s.values()) mean += v;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("nodes", nodes);
        r.put("topology", Topology.parse(topology).label());
        r.put("steps", steps);
        r.put("beta", beta);
        r.put("mean_state", mean / s.values().length);
        r.put("simulation_seconds", seconds);
        r.put("files", new String[]{out.resolve("truth.csv").toString(), out.resolve("signals.csv").toString()});
        if (json) {
            Json.print(r);
        } else {
            System.out.printf("wrote %s and %s (%d × %d, %.2f s)%n", out.resolve("truth.csv"),
                    out.resolve("signals.csv"), steps, nodes, seconds);
        }
        return 0;
    }
}
