package org.massode.cli;

import org.massode.memory.MemorySettings;
import picocli.CommandLine.Option;

/** The options that choose and build a memory model, shared by the {@code memory} commands. */
public final class MemoryModelOptions {
    @Option(names = "--model", defaultValue = "fr-ei",
            description = "fr-ei | fr-unbalanced | classic | idp | idp-softmax; default ${DEFAULT-VALUE}.")
    String model;
    @Option(names = "--n", defaultValue = "200", description = "Neurons; default ${DEFAULT-VALUE}.")
    int n;
    @Option(names = "--patterns", defaultValue = "10", description = "Stored patterns P; default ${DEFAULT-VALUE}.")
    int patterns;
    @Option(names = "--seed", defaultValue = "1", description = "Seed of patterns, cues and noise; default ${DEFAULT-VALUE}.")
    long seed;
    @Option(names = "--coding-level", defaultValue = "0.1", description = "Firing-rate models: active fraction of the E units; default ${DEFAULT-VALUE}.")
    double codingLevel;
    @Option(names = "--alpha", defaultValue = "1", description = "Firing-rate models: stored rate α; default ${DEFAULT-VALUE}.")
    double alpha;
    @Option(names = "--theta", defaultValue = "0.5", description = "Firing-rate models: margin θ of silent units; default ${DEFAULT-VALUE}.")
    double theta;
    @Option(names = "--r-max", defaultValue = "Infinity", description = "Firing-rate models: saturation of Φ; default ${DEFAULT-VALUE}.")
    double rMax;
    @Option(names = "--kappa", defaultValue = "2", description = "Hopfield models: coupling strength κ; default ${DEFAULT-VALUE}.")
    double kappa;
    @Option(names = "--input-gain", defaultValue = "1", description = "Hopfield models: input size A (u = A·v/rms(v)); default ${DEFAULT-VALUE}.")
    double inputGain;
    @Option(names = "--beta", defaultValue = "10", description = "idp-softmax: inverse temperature β; default ${DEFAULT-VALUE}.")
    double beta;

    @Option(names = "--inhibitory-gain", defaultValue = "2", description = "fr-ei: loop gain g > 1 of the E-I feedback; default ${DEFAULT-VALUE}.")
    double inhibitoryGain;

    MemorySettings settings() {
        return new MemorySettings(model, n, patterns, seed, 0.8, codingLevel, alpha, theta, rMax, kappa, inputGain, beta, inhibitoryGain);
    }
}
