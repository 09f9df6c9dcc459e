package org.massode.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.memory.Corruption;
import org.massode.memory.MemoryModel;
import org.massode.memory.MemoryModels;
import org.massode.memory.MemorySettings;
import org.massode.memory.RetrievalExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code memory retrieval}: cue → integrate → success when the overlap with the target exceeds 0.9. */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
        description = "Retrieve stored patterns from corrupted or mixed cues, with optional state noise (Euler-Maruyama).")
public final class MemoryRetrievalCommand implements Callable<Integer> {
    @Mixin
    MemoryModelOptions modelOptions;
    @Option(names = "--flip", description = "Fraction of units flipped in the cue, in [0, 1].")
    Double flip;
    @Option(names = "--erase", description = "Fraction of units erased (set to 0) in the cue, in [0, 1].")
    Double erase;
    @Option(names = "--noise", defaultValue = "0", description = "Additive state-noise amplitude σ; default ${DEFAULT-VALUE}.")
    double noise;
    @Option(names = "--trials", defaultValue = "100", description = "Trials; default ${DEFAULT-VALUE}.")
    int trials;
    @Option(names = "--dt", defaultValue = "0.05", description = "Euler-Maruyama step; default ${DEFAULT-VALUE}.")
    double dt;
    @Option(names = "--time", defaultValue = "20", description = "Integration horizon (units of τ); default ${DEFAULT-VALUE}.")
    double time;
    @Option(names = "--dominance", defaultValue = "1", description = "Mixed inputs: weight d of the target; default ${DEFAULT-VALUE}.")
    double dominance;
    @Option(names = "--mix-components", defaultValue = "0", description = "Mixed inputs: number of other patterns mixed in (0 = corrupted cues); default ${DEFAULT-VALUE}.")
    int components;
    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (flip != null && erase != null) throw new IllegalArgumentException("give --flip or --erase, not both");
        Corruption c = erase != null ? new Corruption(Corruption.Kind.ERASE, erase)
                : new Corruption(Corruption.Kind.FLIP, flip == null ? 0 : flip);
        MemorySettings s = modelOptions.settings();
        MemoryModel model = MemoryModels.build(s);
        RetrievalExperiment.Result r = RetrievalExperiment.builder().trials(trials).corruption(c).noise(noise).dt(dt)
                .horizon(time).seed(s.seed()).mixture(dominance, components).build().run(model);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success_rate", r.successRate());
        out.put("mean_overlap", r.meanOverlap());
        out.put("trials", r.trials());
        out.put("successes", r.successes());
        out.put("threshold", RetrievalExperiment.THRESHOLD);
        out.put("model", s.model());
        out.put("n", s.n());
        out.put("patterns", s.patterns());
        out.put("load", s.firingRate() ? (double) s.patterns() / s.excitatory() : (double) s.patterns() / s.n());
        out.put("corruption", c.kind().name().toLowerCase());
        out.put("fraction", c.fraction());
        out.put("noise", noise);
        out.put("dominance", dominance);
        out.put("mix_components", components);
        out.put("seed", s.seed());
        out.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        if (json) Json.print(out);
        else System.out.printf("%s: success %.3f, mean overlap %.3f over %d trials%n", s.model(), r.successRate(),
                r.meanOverlap(), r.trials());
        return 0;
    }
}
