package org.massode.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.memory.MemoryModel;
import org.massode.memory.MemoryModels;
import org.massode.memory.MemorySettings;
import org.massode.memory.StabilityAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code memory stability}: Jacobian eigenvalues at every stored equilibrium and the verdict. */
@Command(name = "stability", mixinStandardHelpOptions = true,
        description = "Eigenvalues of the Jacobian at each stored pattern and whether it is locally asymptotically stable.")
public final class MemoryStabilityCommand implements Callable<Integer> {
    @Mixin
    MemoryModelOptions modelOptions;
    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        MemorySettings s = modelOptions.settings();
        MemoryModel model = MemoryModels.build(s);
        List<Map<String, Object>> rows = new ArrayList<>();
        int stable = 0;
        double worst = Double.NEGATIVE_INFINITY;
        for (int mu = 0; mu < s.patterns(); mu++) {
            StabilityAnalysis.Report r = model.stability(mu);
            if (r.stable()) stable++;
            worst = Math.max(worst, r.maxRealPart());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pattern", mu);
            m.put("max_real", r.maxRealPart());
            m.put("min_real", r.minRealPart());
            m.put("max_abs_imag", java.util.Arrays.stream(r.imagParts()).map(Math::abs).max().orElse(0));
            m.put("residual", r.residual());
            m.put("verdict", r.verdict());
            rows.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", s.model());
        out.put("n", s.n());
        out.put("patterns", s.patterns());
        out.put("stable_patterns", stable);
        out.put("all_stable", stable == s.patterns());
        out.put("max_real_over_patterns", worst);
        out.put("per_pattern", rows);
        if (json) Json.print(out);
        else System.out.printf("%s: %d of %d stored patterns locally asymptotically stable (max Re λ = %.4g)%n",
                s.model(), stable, s.patterns(), worst);
        return 0;
    }
}
