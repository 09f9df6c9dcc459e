package org.massode.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.massode.rhomm.SweepConfig;
import org.massode.rhomm.SweepResult;
import org.massode.rhomm.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rhomm sweep}: the learning-rate × N × topology × normalization × bias study from a YAML file. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Learning-rate sweep over sizes, topologies, L1 normalization and bias (YAML config).")
public final class RhommSweepCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "Sweep YAML, e.g. experiments/rhomm/sweep.yaml.")
    Path config;
    @Option(names = "--out", description = "Output folder (default: the config's 'out', else its folder).")
    Path out;
    @Option(names = "--threads", description = "Fits run at once (default: the number of cores).")
    Integer threads;
    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        SweepConfig c = SweepConfig.load(config);
        Path dir = out != null ? out : c.out() != null ? c.out() : config.toAbsolutePath().getParent();
        int cores = Runtime.getRuntime().availableProcessors();
        int t = threads != null ? threads : cores;
        // the cores go to independent fits; ND4J's own threads inside each fit would only contend with them
        if (t > 1) org.nd4j.linalg.factory.Nd4j.getEnvironment().setMaxThreads(Math.max(1, cores / t));
        SweepResult r = new SweepRunner(c, msg -> System.err.println(msg), t).run();
        r.write(dir, c);
        if (json) {
            var summary = r.summary(dir);
            summary.put("claim", r.claimSummary(c.errorThreshold()));
            Json.print(summary);
        } else {
            System.out.printf("%d fits in %.1f s; results in %s%n", r.rows().size(), r.seconds(), dir);
        }
        return 0;
    }
}
