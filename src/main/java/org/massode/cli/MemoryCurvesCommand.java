package org.massode.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.massode.io.AtomicFiles;
import org.massode.memory.Curve;
import org.massode.memory.MemoryCurves;
import org.massode.memory.MemoryFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code memory curves}: all sweeps of issue #4 as CSV + PNG (and one summary JSON) in a folder. */
@Command(name = "curves", mixinStandardHelpOptions = true,
        description = "Retrieval curves: firing-rate vs flip and load (balanced vs unbalanced); IDP vs classic vs flip, mixing and noise.")
public final class MemoryCurvesCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "experiments/results/memory", description = "Output folder; default ${DEFAULT-VALUE}.")
    Path out;
    @Option(names = "--n", defaultValue = "200", description = "Neurons; default ${DEFAULT-VALUE}.")
    int n;
    @Option(names = "--patterns", defaultValue = "10", description = "Stored patterns for the non-load curves; default ${DEFAULT-VALUE}.")
    int patterns;
    @Option(names = "--trials", defaultValue = "100", description = "Trials per point; default ${DEFAULT-VALUE}.")
    int trials;
    @Option(names = "--seed", defaultValue = "1", description = "Seed; default ${DEFAULT-VALUE}.")
    long seed;
    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        MemoryCurves mc = new MemoryCurves(n, trials, seed);
        int ne = (int) Math.round(0.8 * n);
        List<Supplier<Curve>> sweeps = List.of(
                () -> mc.firingRateFlip(patterns, new double[]{0, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2}),
                () -> mc.firingRateErase(patterns, new double[]{0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5}),
                () -> mc.firingRateLoad(loads(ne), 0.05),
                () -> mc.hopfieldFlip(patterns, new double[]{0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45}),
                () -> mc.hopfieldMixed(patterns, 4, new double[]{0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8, 1.0}),
                () -> mc.hopfieldNoise(patterns, 0.1, new double[]{0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3}));
        Map<String, Object> result = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (Supplier<Curve> sweep : sweeps) {
            Curve c = sweep.get();
            // each curve is written as soon as it is measured, so a long run leaves its finished figures behind
            for (Path p : MemoryFigures.write(c, out)) files.add(p.toString());
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("x", c.x());
            cm.putAll(c.series());
            result.put(c.name(), cm);
        }
        result.put("n", n);
        result.put("patterns", patterns);
        result.put("trials", trials);
        result.put("seed", seed);
        result.put("seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
        Path summary = out.resolve("curves.json");
        AtomicFiles.writeString(summary, Json.write(result));
        files.add(summary.toString());
        result.put("files", files);
        if (json) Json.print(result);
        else System.out.println("wrote " + files);
        return 0;
    }

    /** Loads from about 1 % to 75 % of N_E patterns. */
    private static int[] loads(int ne) {
        double[] f = {0.0125, 0.03, 0.0625, 0.125, 0.25, 0.5, 0.75};
        int[] p = new int[f.length];
        for (int i = 0; i < f.length; i++) p[i] = Math.max(1, (int) Math.round(f[i] * ne));
        return p;
    }
}
