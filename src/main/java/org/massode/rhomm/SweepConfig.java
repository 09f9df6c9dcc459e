package org.massode.rhomm;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A learning-rate sweep: every combination of {@code nodes × topologies × normalizations × bias × learning_rates}
 * is one fit on one simulated data set per (N, topology). Loaded from YAML; unknown keys and bad values are errors
 * naming the file and the key.
 */
public record SweepConfig(List<Integer> nodes, List<Topology> topologies, List<Double> learningRates,
                          List<RhommConfig.Normalization> normalizations, List<Boolean> bias, int steps, double beta,
                          double degree, double excitatoryFraction, double gain, long seed, int maxEpochs,
                          double tolerance, int patience, double errorThreshold, Path out) {

    private static final Set<String> KEYS = Set.of("nodes", "topologies", "learning_rates", "normalizations", "bias",
            "steps", "beta", "degree", "excitatory_fraction", "gain", "seed", "max_epochs", "tolerance", "patience",
            "error_threshold", "out");

    public static SweepConfig load(Path file) {
        String name = file.toString();
        Object root;
        try (Reader r = Files.newBufferedReader(file)) {
            root = new Yaml().load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot read: " + e.getMessage(), e);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(name + ": expected a YAML mapping of sweep settings, found "
                    + (root == null ? "an empty file" : root.getClass().getSimpleName()));
        }
        for (Object k : map.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(name + ": unknown key '" + k + "' (known: " + KEYS + ")");
            }
        }
        Fields f = new Fields(name, map);
        SweepConfig c = new SweepConfig(f.ints("nodes"), f.list("topologies", o -> Topology.parse(o.toString())),
                f.doubles("learning_rates"),
                f.list("normalizations", o -> RhommConfig.Normalization.valueOf(o.toString().toUpperCase())),
                f.list("bias", o -> Boolean.parseBoolean(o.toString())), f.integer("steps", 10_000),
                f.number("beta", 1), f.number("degree", 6), f.number("excitatory_fraction", 0.5), f.number("gain", 1),
                f.integer("seed", 1), f.integer("max_epochs", 100), f.number("tolerance", 1e-4),
                f.integer("patience", 3), f.number("error_threshold", 0.5),
                map.get("out") == null ? null : Path.of(map.get("out").toString()));
        c.validate(name);
        return c;
    }

    private void validate(String file) {
        for (int n : nodes) {
            if (n < 3) throw new IllegalArgumentException(file + ": nodes must be ≥ 3, got " + n);
        }
        for (double lr : learningRates) {
            if (!(lr > 0)) throw new IllegalArgumentException(file + ": learning_rates must be > 0, got " + lr);
        }
        if (steps < 100) throw new IllegalArgumentException(file + ": steps must be ≥ 100, got " + steps);
        if (!(errorThreshold > 0)) {
            throw new IllegalArgumentException(file + ": error_threshold must be > 0, got " + errorThreshold);
        }
    }

    /** The training configuration of one point of the sweep. */
    public RhommConfig fitConfig(RhommConfig.Normalization normalization, boolean withBias, double lr) {
        return RhommConfig.builder().beta(beta).learningRate(lr).normalization(normalization).bias(withBias)
                .maxEpochs(maxEpochs).tolerance(tolerance).patience(patience).seed(seed).build();
    }

    /** Typed access to the YAML map with errors that name the file and key. */
    private record Fields(String file, Map<?, ?> map) {
        <T> List<T> list(String key, java.util.function.Function<Object, T> parse) {
            Object o = map.get(key);
            if (!(o instanceof List<?> l) || l.isEmpty()) {
                throw new IllegalArgumentException(file + ": '" + key + "' must be a non-empty list, found " + o);
            }
            List<T> out = new ArrayList<>();
            for (Object e : l) {
                try {
                    out.add(parse.apply(e));
                } catch (RuntimeException ex) {
                    throw new IllegalArgumentException(file + ": '" + key + "' entry '" + e + "': " + ex.getMessage(), ex);
                }
            }
            return out;
        }

        List<Integer> ints(String key) {
            return list(key, o -> Integer.parseInt(o.toString()));
        }

        List<Double> doubles(String key) {
            return list(key, o -> Double.parseDouble(o.toString()));
        }

        double number(String key, double fallback) {
            Object o = map.get(key);
            if (o == null) return fallback;
            try {
                return Double.parseDouble(o.toString());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": '" + key + "' must be a number, found '" + o + "'");
            }
        }

        int integer(String key, int fallback) {
            double v = number(key, fallback);
            if (v != Math.rint(v)) throw new IllegalArgumentException(file + ": '" + key + "' must be an integer, found " + v);
            return (int) v;
        }
    }
}
