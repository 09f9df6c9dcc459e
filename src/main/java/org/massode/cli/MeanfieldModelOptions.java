package org.massode.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.massode.meanfield.HopfieldModel;
import org.massode.meanfield.Sigmoid;
import org.massode.meanfield.TimeGrid;
import org.nd4j.linalg.api.buffer.DataType;
import picocli.CommandLine.Option;

/** Model, grid and seed options shared by the {@code meanfield} subcommands. */
public final class MeanfieldModelOptions {
    @Option(names = "--J", defaultValue = "2", description = "Mean coupling J (Jij ~ N(J/N, sigma^2/N)); default ${DEFAULT-VALUE}.")
    double couplingMean;
    @Option(names = "--sigma", defaultValue = "1", description = "Coupling spread sigma >= 0; default ${DEFAULT-VALUE}.")
    double couplingStd;
    @Option(names = "--lambda", defaultValue = "1", description = "Noise intensity lambda >= 0; default ${DEFAULT-VALUE}.")
    double noise;
    @Option(names = "--gain", defaultValue = "1", description = "Sigmoid gain; default ${DEFAULT-VALUE}.")
    double gain;
    @Option(names = "--threshold", defaultValue = "0", description = "Sigmoid threshold; default ${DEFAULT-VALUE}.")
    double threshold;
    @Option(names = "--x0-mean", defaultValue = "0", description = "Mean of the Gaussian initial law; default ${DEFAULT-VALUE}.")
    double x0Mean;
    @Option(names = "--x0-std", defaultValue = "1", description = "Std of the Gaussian initial law; default ${DEFAULT-VALUE}.")
    double x0Std;
    @Option(names = "--horizon", defaultValue = "10", description = "Time horizon (s); default ${DEFAULT-VALUE}.")
    double horizon;
    @Option(names = "--dt", defaultValue = "0.01", description = "Euler-Maruyama step (s); default ${DEFAULT-VALUE}.")
    double dt;
    @Option(names = "--precision", defaultValue = "float",
            description = "Data type of the Monte Carlo arrays and network simulation: float or double; default ${DEFAULT-VALUE}.")
    String precision;
    @Option(names = "--seed", defaultValue = "1", description = "Random seed; default ${DEFAULT-VALUE}.")
    long seed;

    HopfieldModel model() {
        return HopfieldModel.builder().couplingMean(couplingMean).couplingStd(couplingStd).noise(noise)
                .sigmoid(new Sigmoid(gain, threshold)).initialMean(x0Mean).initialStd(x0Std).build();
    }

    TimeGrid grid() {
        return TimeGrid.of(horizon, dt);
    }

    DataType precision() {
        switch (precision.toLowerCase(java.util.Locale.ROOT)) {
            case "float":
                return DataType.FLOAT;
            case "double":
                return DataType.DOUBLE;
            default:
                throw new IllegalArgumentException("--precision must be float or double, got '" + precision + "'");
        }
    }

    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("J", couplingMean);
        m.put("sigma", couplingStd);
        m.put("lambda", noise);
        m.put("gain", gain);
        m.put("threshold", threshold);
        m.put("x0_mean", x0Mean);
        m.put("x0_std", x0Std);
        m.put("horizon", horizon);
        m.put("dt", dt);
        m.put("precision", precision);
        m.put("seed", seed);
        return m;
    }
}
